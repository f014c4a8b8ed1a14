# Checks: %-formatting: %s %r %a %d %i %x %X %o %c %% with flags, width, precision, * and mapping keys.
print("%s and %s" % ("a", "b"), "%s" % "single", "%s" % (["list"],), "%s" % ((1, 2),))
print("%r %a %5s|%-5s|%.2s" % ("x", "é", "ab", "ab", "abcdef"))
print("%d %i %5d %-5d| %05d %+d % d" % (42, -7, 42, 42, 42, 42, 42))
print("%x %X %#x %#X %o %#o %08.3f" % (255, 255, 255, 255, 8, 8, 3.14159))
print("%c%c %%" % (65, "B"))
print("%(name)s is %(age)d years" % {"name": "Bo", "age": 5})
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 2, 3.14159))
print("%s" % None, "%d" % True, "%s" % 1.0, "%.3s" % 12345)
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%c", 1114112)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
