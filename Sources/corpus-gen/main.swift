print("corpus-gen: the generator lands in a later commit")
