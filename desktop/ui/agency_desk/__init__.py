"""The agency desk: an agency's own queue of reports, and the actions that move them forward."""
