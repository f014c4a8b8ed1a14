# Checks: sys.modules contains __main__ and sys; __main__ module attributes of the script.
import sys
print("__main__" in sys.modules, "sys" in sys.modules, "no_such_module" in sys.modules)
main = sys.modules["__main__"]
print(main.__name__, main.__spec__ is None, __name__)
print(sys.modules["sys"] is sys)
