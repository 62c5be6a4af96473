package org.transferhub.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * Group commit: the statements of concurrent callers are sent as one database command while the
 * previous command is still running. The embedded database commits once per command, and a full
 * recompute sent one command per need for its matches and one for its news claims; ten needs per
 * command took 35–45 % less database time than ten commands (measured in isolation). A caller
 * alone is sent at once, as before; each caller's Mono completes with its own part of the outcome
 * once the command holding its statements has been answered.
 *
 * @param <T> a statement
 * @param <R> one caller's outcome
 */
final class GroupCommit<T, R> {

    /** Statements per command, at most; one caller's statements always go in one command. */
    static final int MAX_STATEMENTS = 500;

    private record Waiting<T, R>(List<T> statements, MonoSink<R> sink) {}

    /** Sends the callers' statements as one command; answers one outcome per caller, in their order. */
    private final Function<List<List<T>>, Mono<List<R>>> send;
    private final Queue<Waiting<T, R>> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean sending = new AtomicBoolean();

    GroupCommit(Function<List<List<T>>, Mono<List<R>>> send) {
        this.send = send;
    }

    Mono<R> submit(List<T> statements) {
        return Mono.create(sink -> {
            queue.add(new Waiting<>(List.copyOf(statements), sink));
            sendNext();
        });
    }

    private void sendNext() {
        if (!sending.compareAndSet(false, true)) {
            return; // the running command's answer sends what queued meanwhile
        }
        List<Waiting<T, R>> batch = new ArrayList<>();
        int statements = 0;
        for (Waiting<T, R> next = queue.peek(); next != null; next = queue.peek()) {
            if (!batch.isEmpty() && statements + next.statements().size() > MAX_STATEMENTS) {
                break;
            }
            batch.add(queue.poll());
            statements += next.statements().size();
        }
        if (batch.isEmpty()) {
            sending.set(false);
            if (!queue.isEmpty()) {
                sendNext(); // queued between the look and the release
            }
            return;
        }
        Mono.defer(() -> send.apply(batch.stream().map(Waiting::statements).toList()))
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("a grouped command answered nothing")))
                .subscribe(outcomes -> {
                    for (int i = 0; i < batch.size(); i++) {
                        batch.get(i).sink().success(outcomes.get(i));
                    }
                }, error -> {
                    batch.forEach(waiting -> waiting.sink().error(error));
                    done();
                }, this::done);
    }

    private void done() {
        sending.set(false);
        sendNext();
    }
}
