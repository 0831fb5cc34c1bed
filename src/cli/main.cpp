// privguard: everything is in the privguard_cli library (cli.h).
#include "cli.h"

int main(int argc, char** argv) { return privguard::cli::main(argc, argv); }
