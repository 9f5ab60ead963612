import sys

try:
    from kg.cli import main
except KeyboardInterrupt:  # Ctrl-C while the libraries load: the same one line, no traceback
    print("Interrupted: stopped before finishing (nothing half-written is left); run the command again.",
          file=sys.stderr)
    sys.exit(130)

main()
