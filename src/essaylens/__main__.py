from essaylens.cli.main import main

main()
