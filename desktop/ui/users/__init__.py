"""The administrators' screen for user accounts."""
