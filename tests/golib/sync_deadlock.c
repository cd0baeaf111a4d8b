/* sync_deadlock.c: a program whose only goroutine waits forever on a
 * WaitGroup must end as Go's does, with "fatal error: all goroutines are
 * asleep - deadlock!" and exit status 2, not hang: golib's waits are
 * channel receives libgomem's deadlock check sees.  (CTest matches the
 * message; the exit status is checked here through a child process.)
 */
#include <sys/wait.h>
#include <unistd.h>

#include "golib_test.h"

int main(void) {
    pid_t child = fork();
    if (child == 0) {
        gm_init();
        go_sync_Mutex *mu = gm_alloc_typed(&go_type_sync_Mutex.gm, 1);
        go_sync_Mutex_Lock(mu);
        go_sync_WaitGroup *wg = gm_alloc_typed(&go_type_sync_WaitGroup.gm, 1);
        go_sync_WaitGroup_Add(wg, 1);
        go_sync_WaitGroup_Wait(wg);     /* nobody will call Done */
        _exit(0);
    }
    int status = 0;
    CHECK(child > 0 && waitpid(child, &status, 0) == child);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 2);
    return golib_test_end("sync_deadlock");
}
