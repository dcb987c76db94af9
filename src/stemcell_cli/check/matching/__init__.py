"""The matcher: every wording to look for, compiled and cached, and found in a page's
sentences by the reading rules."""
