"""Supervisor statistics: every figure of the queue review and the effectiveness dashboard.

Pure functions over plain rows (the services fetch them grouped in SQL), so each figure
can be checked against numbers worked out by hand.
"""
