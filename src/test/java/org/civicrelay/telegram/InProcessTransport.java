package org.civicrelay.telegram;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.HttpReply;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * The bot's own TelegramBots client, with its HTTP replaced: every request goes to the in-process fake on the
 * calling thread, no socket and no thread involved. Everything above the transport is the production code:
 * the methods' JSON, the client's parsing of answers and errors (a 403 is a real TelegramApiRequestException).
 * Installs itself on the bot's OkHttpClient bean.
 */
final class InProcessTransport implements Interceptor, BeanPostProcessor {

    private volatile FakeTelegram telegram;

    void connect(FakeTelegram telegram) {
        this.telegram = telegram;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof OkHttpClient client) {
            // TelegramBots sends asynchronously and waits for the answer: run those calls on the calling thread.
            return client.newBuilder()
                    .dispatcher(new Dispatcher(new CallingThread()))
                    .addInterceptor(this)
                    .build();
        }
        return bean;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        FakeTelegram target = telegram;
        if (target == null) {
            throw new IOException("no in-process fake Telegram is connected (a Bot API call outside a test?)");
        }
        byte[] body = new byte[0];
        String contentType = request.header("Content-Type");
        if (request.body() != null) {
            Buffer buffer = new Buffer();
            request.body().writeTo(buffer);
            body = buffer.readByteArray();
            if (contentType == null && request.body().contentType() != null) {
                contentType = request.body().contentType().toString();
            }
        }
        HttpReply reply =
                target.answer(request.url().encodedPath(), request.url().encodedQuery(), contentType, body);
        if (reply == null) {
            throw new IOException("the fake dropped the connection");
        }
        return new Response.Builder()
                .request(request)
                .protocol(Protocol.HTTP_1_1)
                .code(reply.status())
                .message(reply.status() == 200 ? "OK" : "Error")
                .body(ResponseBody.create(reply.body(), MediaType.get(reply.contentType())))
                .build();
    }

    /** An executor that runs each task at once on the thread that submits it. */
    private static final class CallingThread extends AbstractExecutorService {

        private volatile boolean shutdown;

        @Override
        public void execute(Runnable task) {
            task.run();
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public List<Runnable> shutdownNow() {
            shutdown = true;
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
