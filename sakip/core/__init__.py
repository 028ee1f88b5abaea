"""The calculation core of Sakip: pure Python, no Django.

Everything that turns stored figures into printed figures lives here, so the web
pages, the documents, the exports and the command line all print the same number.
Inputs and outputs are ``Decimal``; rounding is ROUND_HALF_UP, the way Indonesian
reports (and Excel) round.
"""
