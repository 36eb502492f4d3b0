// Refusing a run that would write over a file it reads, or write two things to one file: files compared
// as the file system sees them (device and inode, links resolved), not by their names.
#pragma once

#include <string>
#include <vector>

namespace folio {

// A file of a run with what it is, for messages: {"a.txt", "the input a.txt"}.
struct RunFile {
    std::string path;
    std::string role;
};

struct RunFiles {
    std::vector<RunFile> read;             // inputs, input lists, images, fonts
    std::vector<RunFile> replaced;         // outputs: a new file renamed over the name (write_output)
    std::vector<RunFile> written_through;  // opened and truncated, links followed: a report
};

// Throws Error naming both files when a file written would replace or overwrite a file read (the same
// device and inode, whatever names or links lead to them), or when two files written are one (the same
// folder after resolving links, and the same name; a report through a link counts where the link
// leads). "-" (a standard stream) and character devices (/dev/null) clash with nothing.
void check_no_clashes(const RunFiles& files);

}  // namespace folio
