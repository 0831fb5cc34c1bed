// The whole command line as one function, so that the program is a thin
// main() over the privguard_cli library and tests link what it runs.
#pragma once

namespace privguard::cli {

// Parses argv, runs the verb, prints its errors; returns the exit status.
int main(int argc, char** argv);

}  // namespace privguard::cli
