"""One module per summariser; all but Précis's own mirror sumy's algorithms and constants.

sumy (https://github.com/miso-belica/sumy, Apache-2.0, Mišo Belica) is the reference: each
re-implementation here is tested against sumy's own code (tests/engine/test_same_as_sumy.py).
"""
