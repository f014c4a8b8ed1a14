# first
# second
