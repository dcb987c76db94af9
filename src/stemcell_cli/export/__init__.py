"""`stemcell export`: the notes vault and safe file writing."""
