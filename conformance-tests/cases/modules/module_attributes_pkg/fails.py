import sys
print("fails running; in sys.modules:", __name__ in sys.modules)
raise ValueError("boom")
