# Checks: non-ASCII identifiers and string contents printed as UTF-8.
café = "coffee"
π = 3.14159
数 = 42
print(café, π, 数)
print("naïve", "Ελληνικά", "日本語", "emoji: 🐍")
print(len("🐍"), len("日本語"))
