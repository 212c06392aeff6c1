"""Reading reports from other systems' files: Open311 GeoReport v2 and CSV.

Pure parsers: each returns the records it could read plus, for every record it could
not, a rejection saying where and why. Nothing here touches a database or Qt.
"""
