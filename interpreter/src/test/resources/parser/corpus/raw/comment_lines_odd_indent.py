if x:
    a = 1
# col 0
        # col 8
  # col 2
    b = 2
