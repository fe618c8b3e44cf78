// SPDX-License-Identifier: GPL-3.0-or-later
// Usage: startup_timer PROGRAM [ARGUMENT...]
//
// Starts PROGRAM with its standard output on a pipe and prints one line:
//   spawn-to-paint-ms <ms> probe-ms <ms> peak-rss-kb <kB>
// spawn-to-paint-ms runs from just before the spawn to the moment PROGRAM's
// "first-paint-ms <ms>" line arrives, so it includes exec, dynamic linking and static
// initialisation, which a timer inside main() cannot see. probe-ms is what PROGRAM itself
// printed (time since main()). peak-rss-kb is the child's ru_maxrss from wait4().
// Exits 1 when PROGRAM ends or stays silent for 30 s without printing the line.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {
double nowMs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

constexpr int silenceLimitMs = 30000;
const std::string marker = "first-paint-ms ";
} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s PROGRAM [ARGUMENT...]\n", argv[0]);
        return 2;
    }
    int pipeEnds[2];
    if (pipe(pipeEnds) != 0) {
        std::perror("pipe");
        return 1;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, pipeEnds[0]);
    posix_spawn_file_actions_addclose(&actions, pipeEnds[1]);

    pid_t child = 0;
    const double started = nowMs();
    const int spawnError = posix_spawnp(&child, argv[1], &actions, nullptr, argv + 1, environ);
    posix_spawn_file_actions_destroy(&actions);
    close(pipeEnds[1]);
    if (spawnError != 0) {
        std::fprintf(stderr, "cannot start %s: %s\n", argv[1], std::strerror(spawnError));
        return 1;
    }

    std::string output;
    double painted = -1;
    std::string probeMs;
    char buffer[4096];
    for (;;) {
        pollfd readable {pipeEnds[0], POLLIN, 0};
        const int ready = poll(&readable, 1, silenceLimitMs);
        if (ready == 0) {
            std::fprintf(stderr, "%s printed nothing for %d ms; stopping it\n", argv[1], silenceLimitMs);
            kill(child, SIGKILL);
            break;
        }
        if (ready < 0) {
            if (errno == EINTR) {
                continue;
            }
            std::perror("poll");
            break;
        }
        const ssize_t got = read(pipeEnds[0], buffer, sizeof buffer);
        if (got <= 0) {
            break;
        }
        output.append(buffer, static_cast<size_t>(got));
        if (painted < 0) {
            const size_t at = output.find(marker);
            const size_t end = at == std::string::npos ? at : output.find('\n', at);
            if (end != std::string::npos) {
                painted = nowMs();
                probeMs = output.substr(at + marker.size(), end - at - marker.size());
            }
        }
    }
    close(pipeEnds[0]);

    int status = 0;
    rusage usage {};
    while (wait4(child, &status, 0, &usage) < 0 && errno == EINTR) { }
    if (painted < 0) {
        std::fprintf(stderr, "%s exited without a first-paint-ms line\n", argv[1]);
        return 1;
    }
    std::printf("spawn-to-paint-ms %.2f probe-ms %s peak-rss-kb %ld\n", painted - started, probeMs.c_str(),
        usage.ru_maxrss);
    return 0;
}
