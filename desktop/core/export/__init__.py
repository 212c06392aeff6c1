"""Publishing reports in formats other systems read: Open311 GeoReport v2, GeoJSON, CSV.

Pure writers over ``PublicReport`` values, which by construction hold only what a
public list may show: never a reporter's identity, and for confidential reports not
even the citizen's words or exact location.
"""
