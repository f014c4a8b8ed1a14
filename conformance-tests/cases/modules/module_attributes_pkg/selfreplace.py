import sys
class Fake:
    answer = 42
sys.modules[__name__] = Fake()
