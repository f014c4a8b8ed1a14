x = 1	# tab before comment
