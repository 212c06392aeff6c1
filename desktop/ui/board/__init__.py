"""The dispatch board: the inbox and one column per agency, worked by drag and drop."""
