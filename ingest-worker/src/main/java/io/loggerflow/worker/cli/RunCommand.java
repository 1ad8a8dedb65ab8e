package io.loggerflow.worker.cli;

import io.loggerflow.worker.Loggerflow;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code run}: watch the inbox, process jobs and serve the dashboard until stopped. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Watch the inbox, import files with JobRunr workers and serve the dashboard until stopped.")
final class RunCommand implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand
    LoggerflowCli cli;

    @Override
    public Integer call() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Loggerflow app = Loggerflow.open(cli.settings());
        Thread hook = new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        app.startWorkers();
        app.startDashboard();
        app.startHttpApi();
        app.startHealthMonitor();
        app.startWatcher();
        stopped.await();
        return 0;
    }
}
