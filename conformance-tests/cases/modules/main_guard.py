# Checks: __name__ is "__main__" for the script and the module name for imported modules; the main guard.
from main_guard_pkg import tool
def main():
    print("main() running, __name__ =", __name__)
    print(tool.run())
if __name__ == "__main__":
    main()
import __main__
import sys
print(__main__.main is main, sys.modules["__main__"] is __main__, __main__.__name__)
