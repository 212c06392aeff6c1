"""Blurring faces, plates and house numbers before a photo goes to an agency."""
