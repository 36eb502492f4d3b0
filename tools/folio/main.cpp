#include "folio.hpp"
int main() { return 0; }
