# Checks: %-formatting of floats: %f %e %g %r %s with flags, width, precision and %%.
x = 3.14159265
print("%f|%.2f|%8.3f|%-8.1f|%+.1f|%08.2f" % (x, x, x, x, x, x))
print("%e|%.2E|%g|%.3g|%G" % (x, x, x, 1e-7, 1e20))
print("%s|%r|%5.1f%%" % (x, 0.1, 99.5))
print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print("%d %i" % (3.99, -3.99))
print("%#.0f|%#g|% f" % (3.0, 1.0, 2.0))
