"""The Ukrainian examples: one module per event type, each a list ``EXAMPLES``.

Written for this project in the style of wire reports; read against
:data:`conflictevents.corpus.REFERENCE_DATE` (Saturday, 2 April 2022).
"""
