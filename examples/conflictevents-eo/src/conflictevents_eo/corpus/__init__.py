"""The Esperanto examples: one module per event type, each a list ``EXAMPLES``.

Written for this example pack; read against ``conflictevents.corpus.REFERENCE_DATE``.
"""
