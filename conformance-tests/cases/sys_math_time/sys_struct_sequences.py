# Checks: sys.version_info/float_info/int_info/hash_info/flags as named tuples, sys.implementation, and the int/str digit limit API.
import sys
v = sys.version_info
print(v[:2], v.major, v.minor, v.releaselevel, v.serial, len(v), isinstance(v, tuple), type(v).__name__)
print(v >= (3, 11), v < (3, 12), v == (3, 11, v.micro, "final", 0), tuple(v)[:2], v.index(11), v.count(3))
print(repr(v).startswith("sys.version_info(major=3, minor=11, micro="), repr(v).endswith(", releaselevel='final', serial=0)"))
major, minor, *rest = v
print(major, minor, rest[1:])
print(sys.float_info)
print(sys.float_info.max == 1.7976931348623157e308, sys.float_info.mant_dig, sys.float_info[8], len(sys.float_info))
print(sys.int_info, sys.int_info.default_max_str_digits)
print(sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf, sys.hash_info.width, hash(float("inf")) == sys.hash_info.inf)
print(sys.flags.optimize, sys.flags.dev_mode, sys.flags.int_max_str_digits, type(sys.flags).__name__)
print(sys.implementation.cache_tag is None or isinstance(sys.implementation.cache_tag, str))
print(sys.implementation.version == sys.version_info, type(sys.implementation.name).__name__)
print(hex(sys.hexversion)[:6], sys.hexversion >> 24, sys.maxsize, sys.byteorder, sys.getdefaultencoding())
try:
    v.major = 4
except AttributeError as e:
    print(type(e).__name__, e)
try:
    v.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits(), len(str(10 ** 639)))
try:
    str(10 ** 640)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("7" * 641)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{10 ** 700:,}")
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(10 ** 700)), int("f" * 700, 16) > 0, len("%x" % 10 ** 700))
sys.set_int_max_str_digits(maxdigits=0)
print(len(str(10 ** 5000)), len(str(int("9" * 5000))))
for bad in [100, -1, 2 ** 40, 1.5]:
    try:
        sys.set_int_max_str_digits(bad)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(4300)
try:
    print(10 ** 4300)
except ValueError as e:
    print(type(e).__name__, e)
