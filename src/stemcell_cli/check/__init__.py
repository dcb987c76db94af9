"""`stemcell check`: reading an advert, matching claims and warning signs, the report."""
