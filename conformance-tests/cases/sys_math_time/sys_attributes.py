# Checks: portable sys attributes: version_info, maxsize, byteorder, platform type, stdout/stderr/stdin objects, path type.
import sys
print(sys.version_info[:2] == (3, 11), sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 8))
print(sys.maxsize == 2 ** 63 - 1, type(sys.version).__name__, sys.version.startswith("3.11"))
print(type(sys.platform).__name__, type(sys.path).__name__, isinstance(sys.modules, dict))
print(hasattr(sys.stdout, "write"), hasattr(sys.stderr, "write"), hasattr(sys.stdin, "readline"))
print(sys.stdout.write("written via sys.stdout.write\n"))
print(type(sys.implementation.name).__name__, "sys" in sys.modules, sys.platform == sys.platform.lower())
print(sys.getdefaultencoding(), sys.stdout.encoding.lower().replace("-", ""))
