"""Java application logs: Spring Boot 2/3 console pattern, Logback with MDC,
log4j2 %c{1.} pattern, Sleuth-style trace brackets; multi-line stack traces
with 'Caused by:' chains and '... N common frames omitted'; Spring Boot
startup sequences; Hibernate SQL / HikariCP / Tomcat / Kafka listener lines.
"""
import re
import sys
import zlib
sys.dont_write_bytecode = True

from rc_util import (V, TS_ISO_T_MS_Z, TS_ISO_SP_MS, TS_ISO_SP_COMMA, hexs, uuid4, order_id, sku, abbrev_logger,
                     java_thread, STATUSES, CURRENCIES, WAREHOUSES, CARRIERS, fmt_f, dur_ms, pod_ip, api_request,
                     status_for, snowflake, trace_id, span_id, CATEGORIES, private_ip, eph_port)

LEVEL5 = {'INFO': ' INFO', 'WARN': ' WARN', 'ERROR': 'ERROR', 'DEBUG': 'DEBUG', 'TRACE': 'TRACE'}

STYLE_OF = {
    'orders-service': 'boot3', 'payment-service': 'sleuth', 'inventory-service': 'mdc',
    'catalog-service': 'boot3', 'notification-service': 'log4j2', 'auth-service': 'boot3',
    'ledger-service': 'boot2',
}


def short_thread(t):
    return t[-15:].rjust(15)


def lg40(fqcn):
    """%-40.40logger{39}: abbreviate, then left-justify; logback truncates from the beginning."""
    return abbrev_logger(fqcn)[-40:].ljust(40)


def log4j_abbrev(fqcn):
    p = fqcn.split('.')
    return '.'.join([x[0] for x in p[:-1]] + [p[-1]])


def head(r, svc, level, logger, thread=None):
    """Pieces for the line prefix (up to and including the separator before the message)."""
    if thread is None:
        thread = java_thread(r)
    st = STYLE_OF.get(svc.name, 'boot3')
    if st == 'boot3':
        return [TS_ISO_T_MS_Z, ' %s %d --- [%s] [%s] %s : ' % (LEVEL5[level], svc.pid, svc.name, short_thread(thread), lg40(logger))]
    if st == 'boot2':
        return [TS_ISO_SP_MS, ' %s %d --- [%s] %s : ' % (LEVEL5[level], svc.pid, short_thread(thread), lg40(logger))]
    if st == 'sleuth':
        tid = trace_id(r)
        sid = tid[16:] if r.random() < 0.5 else span_id(r)
        return [TS_ISO_SP_MS, ' %s [%s,%s,%s] %d --- [%s] %s : ' % (LEVEL5[level], svc.name, tid, sid, svc.pid, short_thread(thread), lg40(logger))]
    if st == 'mdc':
        tid = trace_id(r)
        return [TS_ISO_SP_MS, ' [%s] %-5s %s - [traceId=%s spanId=%s] ' % (thread, level, abbrev_logger(logger, 36), tid, span_id(r))]
    # log4j2
    return [TS_ISO_SP_COMMA, ' %-5s [%s] %s - ' % (level, thread, log4j_abbrev(logger))]


# ---------------------------------------------------------------------------
# Stack frames (framework frames with plausible line numbers)
# ---------------------------------------------------------------------------
F_TOMCAT = [
    'org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1011)',
    'org.springframework.web.servlet.FrameworkServlet.do%s(FrameworkServlet.java:914)',
    'jakarta.servlet.http.HttpServlet.service(HttpServlet.java:590)',
    'org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)',
    'jakarta.servlet.http.HttpServlet.service(HttpServlet.java:658)',
    'org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:205)',
    'org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:149)',
    'org.apache.tomcat.websocket.server.WsFilter.doFilter(WsFilter.java:51)',
    'org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:174)',
    'org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:149)',
    'org.springframework.web.filter.RequestContextFilter.doFilterInternal(RequestContextFilter.java:100)',
    'org.springframework.web.filter.OncePerRequestFilter.doFilter(OncePerRequestFilter.java:116)',
    'org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:174)',
    'org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:149)',
    'org.springframework.web.filter.FormContentFilter.doFilterInternal(FormContentFilter.java:93)',
    'org.springframework.web.filter.OncePerRequestFilter.doFilter(OncePerRequestFilter.java:116)',
    'org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:174)',
    'org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:149)',
    'org.springframework.web.filter.ServerHttpObservationFilter.doFilterInternal(ServerHttpObservationFilter.java:109)',
    'org.springframework.web.filter.OncePerRequestFilter.doFilter(OncePerRequestFilter.java:116)',
    'org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:174)',
    'org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:149)',
    'org.springframework.web.filter.CharacterEncodingFilter.doFilterInternal(CharacterEncodingFilter.java:201)',
    'org.springframework.web.filter.OncePerRequestFilter.doFilter(OncePerRequestFilter.java:116)',
    'org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:174)',
    'org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:149)',
    'org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:167)',
    'org.apache.catalina.core.StandardContextValve.invoke(StandardContextValve.java:90)',
    'org.apache.catalina.authenticator.AuthenticatorBase.invoke(AuthenticatorBase.java:482)',
    'org.apache.catalina.core.StandardHostValve.invoke(StandardHostValve.java:115)',
    'org.apache.catalina.valves.ErrorReportValve.invoke(ErrorReportValve.java:93)',
    'org.apache.catalina.core.StandardEngineValve.invoke(StandardEngineValve.java:74)',
    'org.apache.catalina.connector.CoyoteAdapter.service(CoyoteAdapter.java:344)',
    'org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:391)',
    'org.apache.coyote.AbstractProcessorLight.process(AbstractProcessorLight.java:63)',
    'org.apache.coyote.AbstractProtocol$ConnectionHandler.process(AbstractProtocol.java:896)',
    'org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1744)',
    'org.apache.tomcat.util.net.SocketProcessorBase.run(SocketProcessorBase.java:52)',
    'org.apache.tomcat.util.threads.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1191)',
    'org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:659)',
    'org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61)',
    'java.base/java.lang.Thread.run(Thread.java:%s)',
]
F_MVC = [
    'java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)',
    'java.base/java.lang.reflect.Method.invoke(Method.java:580)',
    'org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:255)',
    'org.springframework.web.method.support.InvocableHandlerMethod.invokeForRequest(InvocableHandlerMethod.java:188)',
    'org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle(ServletInvocableHandlerMethod.java:118)',
    'org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter.invokeHandlerMethod(RequestMappingHandlerAdapter.java:926)',
    'org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter.handleInternal(RequestMappingHandlerAdapter.java:831)',
    'org.springframework.web.servlet.mvc.method.AbstractHandlerMethodAdapter.handle(AbstractHandlerMethodAdapter.java:87)',
    'org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1089)',
    'org.springframework.web.servlet.DispatcherServlet.doService(DispatcherServlet.java:979)',
]
F_TX = [
    'org.springframework.aop.framework.ReflectiveMethodInvocation.proceed(ReflectiveMethodInvocation.java:184)',
    'org.springframework.aop.framework.CglibAopProxy$CglibMethodInvocation.proceed(CglibAopProxy.java:765)',
    'org.springframework.transaction.interceptor.TransactionAspectSupport.invokeWithinTransaction(TransactionAspectSupport.java:392)',
    'org.springframework.transaction.interceptor.TransactionInterceptor.invoke(TransactionInterceptor.java:119)',
    'org.springframework.aop.framework.ReflectiveMethodInvocation.proceed(ReflectiveMethodInvocation.java:184)',
    'org.springframework.aop.framework.CglibAopProxy$CglibMethodInvocation.proceed(CglibAopProxy.java:765)',
    'org.springframework.aop.framework.CglibAopProxy$DynamicAdvisedInterceptor.intercept(CglibAopProxy.java:717)',
]
F_PG = [
    'org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)',
    'org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2412)',
    'org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:371)',
    'org.postgresql.jdbc.PgStatement.executeInternal(PgStatement.java:502)',
    'org.postgresql.jdbc.PgStatement.execute(PgStatement.java:419)',
    'org.postgresql.jdbc.PgPreparedStatement.executeWithFlags(PgPreparedStatement.java:194)',
    'org.postgresql.jdbc.PgPreparedStatement.executeUpdate(PgPreparedStatement.java:155)',
    'com.zaxxer.hikari.pool.ProxyPreparedStatement.executeUpdate(ProxyPreparedStatement.java:61)',
    'com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)',
    'org.hibernate.engine.jdbc.internal.ResultSetReturnImpl.executeUpdate(ResultSetReturnImpl.java:194)',
    'org.hibernate.engine.jdbc.mutation.internal.AbstractMutationExecutor.performNonBatchedMutation(AbstractMutationExecutor.java:108)',
    'org.hibernate.engine.jdbc.mutation.internal.MutationExecutorSingleNonBatched.performNonBatchedOperations(MutationExecutorSingleNonBatched.java:40)',
    'org.hibernate.engine.jdbc.mutation.internal.AbstractMutationExecutor.execute(AbstractMutationExecutor.java:55)',
    'org.hibernate.persister.entity.mutation.InsertCoordinator.doStaticInserts(InsertCoordinator.java:175)',
    'org.hibernate.persister.entity.mutation.InsertCoordinator.coordinateInsert(InsertCoordinator.java:113)',
    'org.hibernate.persister.entity.AbstractEntityPersister.insert(AbstractEntityPersister.java:2868)',
    'org.hibernate.action.internal.EntityInsertAction.execute(EntityInsertAction.java:81)',
    'org.hibernate.engine.spi.ActionQueue.executeActions(ActionQueue.java:667)',
    'org.hibernate.engine.spi.ActionQueue.executeActions(ActionQueue.java:534)',
    'org.hibernate.event.internal.AbstractFlushingEventListener.performExecutions(AbstractFlushingEventListener.java:367)',
    'org.hibernate.event.internal.DefaultFlushEventListener.onFlush(DefaultFlushEventListener.java:40)',
    'org.hibernate.event.service.internal.EventListenerGroupImpl.fireEventOnEachListener(EventListenerGroupImpl.java:127)',
    'org.hibernate.internal.SessionImpl.doFlush(SessionImpl.java:1412)',
    'org.hibernate.internal.SessionImpl.managedFlush(SessionImpl.java:485)',
    'org.hibernate.engine.transaction.internal.TransactionImpl.commit(TransactionImpl.java:101)',
    'org.springframework.orm.jpa.JpaTransactionManager.doCommit(JpaTransactionManager.java:562)',
    'org.springframework.transaction.support.AbstractPlatformTransactionManager.processCommit(AbstractPlatformTransactionManager.java:795)',
    'org.springframework.transaction.support.AbstractPlatformTransactionManager.commit(AbstractPlatformTransactionManager.java:758)',
    'org.springframework.transaction.interceptor.TransactionAspectSupport.commitTransactionAfterReturning(TransactionAspectSupport.java:698)',
]
F_HTTPCLIENT = [
    'java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)',
    'java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:314)',
    'java.base/sun.nio.ch.NioSocketImpl.read(NioSocketImpl.java:355)',
    'java.base/sun.nio.ch.NioSocketImpl$1.read(NioSocketImpl.java:808)',
    'java.base/java.net.Socket$SocketInputStream.read(Socket.java:966)',
    'org.apache.hc.core5.http.impl.io.SessionInputBufferImpl.fillBuffer(SessionInputBufferImpl.java:149)',
    'org.apache.hc.core5.http.impl.io.SessionInputBufferImpl.readLine(SessionInputBufferImpl.java:280)',
    'org.apache.hc.core5.http.impl.io.AbstractMessageParser.parse(AbstractMessageParser.java:247)',
    'org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection.receiveResponseHeader(DefaultBHttpClientConnection.java:331)',
    'org.apache.hc.client5.http.impl.io.DefaultManagedHttpClientConnection.receiveResponseHeader(DefaultManagedHttpClientConnection.java:193)',
    'org.apache.hc.core5.http.impl.io.HttpRequestExecutor.execute(HttpRequestExecutor.java:218)',
    'org.apache.hc.client5.http.impl.classic.InternalExecRuntime.execute(InternalExecRuntime.java:256)',
    'org.apache.hc.client5.http.impl.classic.MainClientExec.execute(MainClientExec.java:145)',
    'org.apache.hc.client5.http.impl.classic.ExecChainElement.execute(ExecChainElement.java:51)',
    'org.apache.hc.client5.http.impl.classic.ConnectExec.execute(ConnectExec.java:192)',
    'org.apache.hc.client5.http.impl.classic.ProtocolExec.execute(ProtocolExec.java:172)',
    'org.apache.hc.client5.http.impl.classic.HttpRequestRetryExec.execute(HttpRequestRetryExec.java:96)',
    'org.apache.hc.client5.http.impl.classic.InternalHttpClient.doExecute(InternalHttpClient.java:174)',
    'org.apache.hc.client5.http.impl.classic.CloseableHttpClient.execute(CloseableHttpClient.java:87)',
    'org.springframework.http.client.HttpComponentsClientHttpRequest.executeInternal(HttpComponentsClientHttpRequest.java:95)',
    'org.springframework.http.client.AbstractStreamingClientHttpRequest.executeInternal(AbstractStreamingClientHttpRequest.java:70)',
    'org.springframework.http.client.AbstractClientHttpRequest.execute(AbstractClientHttpRequest.java:66)',
    'org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:889)',
    'org.springframework.web.client.RestTemplate.execute(RestTemplate.java:790)',
    'org.springframework.web.client.RestTemplate.exchange(RestTemplate.java:672)',
]
F_KAFKA = [
    'org.springframework.kafka.listener.adapter.MessagingMessageListenerAdapter.invokeHandler(MessagingMessageListenerAdapter.java:417)',
    'org.springframework.kafka.listener.adapter.RecordMessagingMessageListenerAdapter.onMessage(RecordMessagingMessageListenerAdapter.java:85)',
    'org.springframework.kafka.listener.adapter.RecordMessagingMessageListenerAdapter.onMessage(RecordMessagingMessageListenerAdapter.java:50)',
    'org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.doInvokeOnMessage(KafkaMessageListenerContainer.java:2800)',
    'org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.invokeOnMessage(KafkaMessageListenerContainer.java:2778)',
    'org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.lambda$doInvokeRecordListener$53(KafkaMessageListenerContainer.java:2691)',
    'io.micrometer.observation.Observation.observe(Observation.java:565)',
    'org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.doInvokeRecordListener(KafkaMessageListenerContainer.java:2689)',
    'org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.doInvokeWithRecords(KafkaMessageListenerContainer.java:2541)',
    'org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.invokeRecordListener(KafkaMessageListenerContainer.java:2430)',
    'org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.invokeListener(KafkaMessageListenerContainer.java:2085)',
    'org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.invokeIfHaveRecords(KafkaMessageListenerContainer.java:1461)',
    'org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.pollAndInvoke(KafkaMessageListenerContainer.java:1426)',
    'org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.run(KafkaMessageListenerContainer.java:1296)',
    'java.base/java.util.concurrent.CompletableFuture$AsyncRun.run(CompletableFuture.java:1804)',
    'java.base/java.lang.Thread.run(Thread.java:%s)',
]
F_SCHED = [
    'org.springframework.scheduling.support.ScheduledMethodRunnable.runInternal(ScheduledMethodRunnable.java:130)',
    'org.springframework.scheduling.support.ScheduledMethodRunnable.lambda$run$2(ScheduledMethodRunnable.java:124)',
    'io.micrometer.observation.Observation.observe(Observation.java:499)',
    'org.springframework.scheduling.support.ScheduledMethodRunnable.run(ScheduledMethodRunnable.java:124)',
    'org.springframework.scheduling.support.DelegatingErrorHandlingRunnable.run(DelegatingErrorHandlingRunnable.java:54)',
    'java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:572)',
    'java.base/java.util.concurrent.FutureTask.runAndReset(FutureTask.java:358)',
    'java.base/java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask.run(ScheduledThreadPoolExecutor.java:305)',
    'java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)',
    'java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:642)',
    'java.base/java.lang.Thread.run(Thread.java:%s)',
]
F_HIKARI = [
    'com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)',
    'com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:179)',
    'com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:144)',
    'com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:127)',
    'org.hibernate.engine.jdbc.connections.internal.DatasourceConnectionProviderImpl.getConnection(DatasourceConnectionProviderImpl.java:122)',
    'org.hibernate.internal.NonContextualJdbcConnectionAccess.obtainConnection(NonContextualJdbcConnectionAccess.java:46)',
    'org.hibernate.resource.jdbc.internal.LogicalConnectionManagedImpl.acquireConnectionIfNeeded(LogicalConnectionManagedImpl.java:126)',
    'org.hibernate.resource.jdbc.internal.LogicalConnectionManagedImpl.getPhysicalConnection(LogicalConnectionManagedImpl.java:152)',
    'org.hibernate.resource.jdbc.internal.LogicalConnectionManagedImpl.getConnectionForTransactionManagement(LogicalConnectionManagedImpl.java:285)',
    'org.hibernate.resource.jdbc.internal.LogicalConnectionManagedImpl.begin(LogicalConnectionManagedImpl.java:293)',
    'org.hibernate.resource.transaction.backend.jdbc.internal.JdbcResourceLocalTransactionCoordinatorImpl$TransactionDriverControlImpl.begin(JdbcResourceLocalTransactionCoordinatorImpl.java:236)',
    'org.hibernate.engine.transaction.internal.TransactionImpl.begin(TransactionImpl.java:83)',
    'org.springframework.orm.jpa.vendor.HibernateJpaDialect.beginTransaction(HibernateJpaDialect.java:176)',
    'org.springframework.orm.jpa.JpaTransactionManager.doBegin(JpaTransactionManager.java:420)',
]
F_JACKSON = [
    'com.fasterxml.jackson.databind.exc.InvalidFormatException.from(InvalidFormatException.java:67)',
    'com.fasterxml.jackson.databind.DeserializationContext.weirdStringException(DeserializationContext.java:1958)',
    'com.fasterxml.jackson.databind.DeserializationContext.handleWeirdStringValue(DeserializationContext.java:1245)',
    'com.fasterxml.jackson.datatype.jsr310.deser.JSR310DeserializerBase._handleDateTimeException(JSR310DeserializerBase.java:176)',
    'com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer._fromString(InstantDeserializer.java:363)',
    'com.fasterxml.jackson.databind.deser.impl.MethodProperty.deserializeAndSet(MethodProperty.java:129)',
    'com.fasterxml.jackson.databind.deser.BeanDeserializer.vanillaDeserialize(BeanDeserializer.java:314)',
    'com.fasterxml.jackson.databind.deser.BeanDeserializer.deserialize(BeanDeserializer.java:177)',
    'com.fasterxml.jackson.databind.deser.DefaultDeserializationContext.readRootValue(DefaultDeserializationContext.java:323)',
    'com.fasterxml.jackson.databind.ObjectReader._bindAndClose(ObjectReader.java:2105)',
    'com.fasterxml.jackson.databind.ObjectReader.readValue(ObjectReader.java:1481)',
    'org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter.readJavaType(AbstractJackson2HttpMessageConverter.java:395)',
]
JAVA_VERSIONS = [('17.0.10', '1583'), ('21.0.2', '1583'), ('17.0.9', '833'), ('21.0.1', '1570')]

APP_CLASSES = {
    'orders': ['web.OrderController', 'service.OrderService', 'service.OrderStateMachine', 'repository.OrderRepository',
               'client.InventoryClient', 'client.PaymentClient', 'messaging.OrderEventsPublisher', 'messaging.OutboxRelay',
               'service.CheckoutService', 'service.PricingService'],
    'payments': ['web.PaymentController', 'service.AuthorizationService', 'gateway.PspClient', 'service.RefundService',
                 'service.CaptureService', 'messaging.PaymentEventsListener', 'service.FraudCheckService'],
    'inventory': ['web.StockController', 'service.ReservationService', 'service.StockLevelService',
                  'messaging.OrderCreatedListener', 'repository.StockItemRepository', 'job.ReservationExpiryJob'],
    'catalog': ['web.ProductController', 'service.ProductService', 'service.SearchService', 'cache.ProductCache',
                'client.PricingClient', 'importer.FeedImporter'],
    'notify': ['service.NotificationDispatcher', 'channel.EmailChannel', 'channel.SmsChannel', 'channel.PushChannel',
               'template.TemplateRenderer', 'messaging.NotificationRequestListener'],
    'auth': ['web.TokenEndpoint', 'service.LoginService', 'service.SessionService', 'security.JwtIssuer',
             'security.JwksProvider', 'service.PasswordResetService', 'service.MfaService'],
    'ledger': ['service.JournalService', 'service.BalanceService', 'messaging.PaymentCapturedListener',
               'job.ReconciliationJob', 'repository.JournalEntryRepository'],
}
APP_METHODS = ['handle', 'process', 'create', 'update', 'findById', 'reserve', 'authorize', 'capture', 'apply',
               'execute', 'onMessage', 'publish', 'load', 'validate', 'transition', 'lambda$process$0', 'doCall',
               'resolve', 'enrich', 'map', 'toDto', 'refresh', 'run', 'sync']


def app_key(svc):
    return svc.pkg.split('.')[-1]


def app_frames(r, svc, n):
    key = app_key(svc)
    out = []
    for _ in range(n):
        c = r.choice(APP_CLASSES.get(key, APP_CLASSES['orders']))
        cls = svc.pkg + '.' + c
        base = c.split('.')[-1]
        m = r.choice(APP_METHODS)
        if r.random() < 0.2:
            out.append('%s$$SpringCGLIB$$0.%s(<generated>)' % (cls, m))
        else:
            out.append('%s.%s(%s.java:%d)' % (cls, m, base, r.randrange(24, 480)))
    return out


_LINE_RE = re.compile(r'\.java:(\d+)\)$')


def _version_shift(svc, frame):
    # each service ships its own framework versions: shift library line
    # numbers by a small stable per-(service, class) amount (crc32, not hash())
    cls = frame.split('(', 1)[0].rsplit('.', 1)[0]
    return zlib.crc32(('%s|%s' % (svc.name, cls)).encode()) % 7 - 3


def fmt_frames(frames, jline, method='Post', svc=None):
    res = []
    for f in frames:
        if '%s' in f:
            f = f % (jline if 'Thread.java' in f else method)
        if svc is not None and not f.startswith('java.base/'):
            m = _LINE_RE.search(f)
            if m:
                f = f[:m.start(1)] + str(int(m.group(1)) + _version_shift(svc, f)) + ')'
        res.append('\tat ' + f)
    return res


def stack_trace(r, svc):
    """Return the list of stack trace lines (first line = exception)."""
    jv, jline = r.choice(JAVA_VERSIONS)
    k = r.randrange(10)
    oid = order_id(r)
    lines = []
    web = fmt_frames(F_MVC + F_TOMCAT, jline, r.choice(('Post', 'Get', 'Put', 'Patch')), svc=svc)
    if k == 0:
        cons = r.choice(('orders_idempotency_key_uk', 'order_items_order_id_sku_key', 'reservations_pkey', 'payments_psp_reference_key'))
        col = {'orders_idempotency_key_uk': 'idempotency_key', 'order_items_order_id_sku_key': 'order_id, sku',
               'reservations_pkey': 'id', 'payments_psp_reference_key': 'psp_reference'}[cons]
        val = {'idempotency_key': uuid4(r), 'order_id, sku': '%s, %s' % (oid, sku(r)), 'id': uuid4(r), 'psp_reference': hexs(r, 16).upper()}[col]
        lines.append('org.springframework.dao.DataIntegrityViolationException: could not execute statement [ERROR: duplicate key value violates unique constraint "%s"' % cons)
        lines.append('  Detail: Key (%s)=(%s) already exists.] [insert into %s (created_at,status,version,id) values (?,?,?,?)]; SQL [insert into %s (created_at,status,version,id) values (?,?,?,?)]; constraint [%s]' % (col, val, cons.split('_')[0], cons.split('_')[0], cons))
        lines += fmt_frames(['org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:290)',
                             'org.springframework.orm.jpa.vendor.HibernateJpaDialect.translateExceptionIfPossible(HibernateJpaDialect.java:241)',
                             'org.springframework.orm.jpa.JpaTransactionManager.doCommit(JpaTransactionManager.java:565)'], jline, svc=svc)
        lines += ['\tat ' + f for f in app_frames(r, svc, r.randrange(1, 4))]
        lines += fmt_frames(F_TX, jline, svc=svc) + ['\tat ' + f for f in app_frames(r, svc, 2)] + web[:r.randrange(8, len(web))]
        lines.append('Caused by: org.hibernate.exception.ConstraintViolationException: could not execute statement [ERROR: duplicate key value violates unique constraint "%s"' % cons)
        lines.append('  Detail: Key (%s)=(%s) already exists.]' % (col, val))
        lines += fmt_frames(F_PG[9:9 + r.randrange(3, 12)], jline, svc=svc)
        lines.append('\t... %d common frames omitted' % r.randrange(60, 130))
        lines.append('Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "%s"' % cons)
        lines.append('  Detail: Key (%s)=(%s) already exists.' % (col, val))
        lines += fmt_frames(F_PG[:r.randrange(6, 10)], jline, svc=svc)
        lines.append('\t... %d common frames omitted' % r.randrange(60, 140))
    elif k == 1:
        host = r.choice(('inventory-service.shop.svc.cluster.local:8080', 'payment-service.payments.svc.cluster.local:8080',
                         'pricing-api.shop.svc.cluster.local:8000', 'psp-sandbox.example.com:443', 'shipping-api.logistics.svc.cluster.local:8080'))
        path = r.choice(('/api/v1/stock/' + sku(r), '/api/v1/payments/authorize', '/v1/prices?sku=' + sku(r) + '&currency=EUR', '/v1/quotes'))
        lines.append('org.springframework.web.client.ResourceAccessException: I/O error on %s request for "http%s://%s%s": Read timed out' % (r.choice(('GET', 'POST')), 's' if host.endswith('443') else '', host, path))
        lines += fmt_frames(['org.springframework.web.client.RestTemplate.createResourceAccessException(RestTemplate.java:915)',
                             'org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:895)',
                             'org.springframework.web.client.RestTemplate.execute(RestTemplate.java:790)',
                             'org.springframework.web.client.RestTemplate.exchange(RestTemplate.java:672)'], jline, svc=svc)
        lines += ['\tat ' + f for f in app_frames(r, svc, r.randrange(2, 5))]
        lines += fmt_frames(F_TX, jline, svc=svc)[:r.randrange(0, 7)] + web[:r.randrange(5, len(web))]
        lines.append('Caused by: java.net.SocketTimeoutException: Read timed out')
        lines += fmt_frames(F_HTTPCLIENT[:r.randrange(10, len(F_HTTPCLIENT))], jline, svc=svc)
        lines.append('\t... %d common frames omitted' % r.randrange(50, 120))
    elif k == 2:
        lines.append('java.lang.IllegalStateException: Order %s is not in a cancellable state: %s' % (oid, r.choice(('SHIPPED', 'DELIVERED', 'CANCELLED', 'RETURNED'))))
        lines += ['\tat ' + f for f in app_frames(r, svc, r.randrange(2, 6))]
        lines += fmt_frames(F_TX, jline, svc=svc) + web[:r.randrange(10, len(web))]
    elif k == 3:
        getter = r.choice(('getShippingAddress', 'getPaymentMethod', 'getCustomer', 'getPriceSnapshot', 'getWarehouse'))
        lines.append('java.lang.NullPointerException: Cannot invoke "%s.domain.%s.%s()" because the return value of "%s.domain.%s.%s()" is null' % (
            svc.pkg, r.choice(('Address', 'PaymentMethod', 'Money', 'Warehouse')), r.choice(('getCountryCode', 'getType', 'getAmount', 'getCode')),
            svc.pkg, r.choice(('Order', 'Cart', 'Reservation', 'Invoice')), getter))
        lines += ['\tat ' + f for f in app_frames(r, svc, r.randrange(2, 6))]
        if r.random() < 0.5:
            lines += fmt_frames(F_KAFKA, jline, svc=svc)
        else:
            lines += web[:r.randrange(10, len(web))]
    elif k == 4:
        lines.append('org.springframework.kafka.listener.ListenerExecutionFailedException: Listener method \'public void %s.messaging.%s.onMessage(org.apache.kafka.clients.consumer.ConsumerRecord<java.lang.String, java.lang.String>)\' threw exception' % (svc.pkg, r.choice(('OrderEventsListener', 'PaymentEventsListener', 'StockEventsListener'))))
        lines += fmt_frames(['org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.decorateException(KafkaMessageListenerContainer.java:2869)',
                             'org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.doInvokeOnMessage(KafkaMessageListenerContainer.java:2814)'], jline, svc=svc)
        lines += fmt_frames(F_KAFKA[4:], jline, svc=svc)
        lines.append('\tSuppressed: org.springframework.kafka.listener.ListenerExecutionFailedException: Restored Stack Trace')
        lines += ['\t' + x for x in fmt_frames(F_KAFKA[:3], jline, svc=svc)]
        lines.append('Caused by: %s.domain.%s: %s' % (svc.pkg, r.choice(('OrderNotFoundException', 'UnknownSkuException', 'StaleEventException')),
                                                     r.choice(('Order %s not found' % oid, 'SKU %s is not known in warehouse %s' % (sku(r), r.choice(WAREHOUSES)), 'Event version %d is older than aggregate version %d' % (r.randrange(1, 9), r.randrange(9, 20))))))
        lines += ['\tat ' + f for f in app_frames(r, svc, r.randrange(2, 5))]
        lines += fmt_frames(F_KAFKA[:3], jline, svc=svc)
        lines.append('\t... %d common frames omitted' % r.randrange(10, 16))
    elif k == 5:
        lines.append('org.springframework.orm.ObjectOptimisticLockingFailureException: Row was updated or deleted by another transaction (or unsaved-value mapping was incorrect) : [%s.domain.%s#%s]' % (svc.pkg, r.choice(('StockItem', 'Order', 'Reservation', 'Account')), r.randrange(1000, 999999)))
        lines += fmt_frames(['org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:325)',
                             'org.springframework.orm.jpa.vendor.HibernateJpaDialect.translateExceptionIfPossible(HibernateJpaDialect.java:241)'], jline, svc=svc)
        lines += fmt_frames(F_TX, jline, svc=svc) + ['\tat ' + f for f in app_frames(r, svc, r.randrange(2, 4))] + fmt_frames(F_SCHED, jline, svc=svc)
    elif k == 6:
        lines.append('org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction')
        lines += fmt_frames(['org.springframework.orm.jpa.JpaTransactionManager.doBegin(JpaTransactionManager.java:466)',
                             'org.springframework.transaction.support.AbstractPlatformTransactionManager.startTransaction(AbstractPlatformTransactionManager.java:531)',
                             'org.springframework.transaction.support.AbstractPlatformTransactionManager.getTransaction(AbstractPlatformTransactionManager.java:405)'], jline, svc=svc)
        lines += fmt_frames(F_TX, jline, svc=svc) + ['\tat ' + f for f in app_frames(r, svc, 2)] + web[:r.randrange(6, len(web))]
        lines.append('Caused by: org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection [HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=%d)] [n/a]' % r.randrange(1, 30))
        lines += fmt_frames(F_HIKARI[5:], jline, svc=svc)
        lines.append('\t... %d common frames omitted' % r.randrange(80, 120))
        lines.append('Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=%d)' % r.randrange(1, 30))
        lines += fmt_frames(F_HIKARI[:8], jline, svc=svc)
        lines.append('\t... %d common frames omitted' % r.randrange(80, 130))
    elif k == 7:
        bad = r.choice(('2024-13-01', '2024-02-30T25:00:00Z', 'yesterday', '17104084'))
        lines.append('org.springframework.http.converter.HttpMessageNotReadableException: JSON parse error: Cannot deserialize value of type `java.time.Instant` from String "%s": Failed to deserialize java.time.Instant: (java.time.format.DateTimeParseException) Text \'%s\' could not be parsed at index %d' % (bad, bad, r.randrange(0, 11)))
        lines += fmt_frames(['org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter.readJavaType(AbstractJackson2HttpMessageConverter.java:406)',
                             'org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter.read(AbstractJackson2HttpMessageConverter.java:354)',
                             'org.springframework.web.servlet.mvc.method.annotation.AbstractMessageConverterMethodArgumentResolver.readWithMessageConverters(AbstractMessageConverterMethodArgumentResolver.java:183)',
                             'org.springframework.web.servlet.mvc.method.annotation.RequestResponseBodyMethodProcessor.readWithMessageConverters(RequestResponseBodyMethodProcessor.java:163)',
                             'org.springframework.web.servlet.mvc.method.annotation.RequestResponseBodyMethodProcessor.resolveArgument(RequestResponseBodyMethodProcessor.java:136)',
                             'org.springframework.web.method.support.HandlerMethodArgumentResolverComposite.resolveArgument(HandlerMethodArgumentResolverComposite.java:122)',
                             'org.springframework.web.method.support.InvocableHandlerMethod.getMethodArgumentValues(InvocableHandlerMethod.java:224)',
                             'org.springframework.web.method.support.InvocableHandlerMethod.invokeForRequest(InvocableHandlerMethod.java:178)'], jline, svc=svc)
        lines += web[4:r.randrange(12, len(web))]
        lines.append('Caused by: com.fasterxml.jackson.databind.exc.InvalidFormatException: Cannot deserialize value of type `java.time.Instant` from String "%s"' % bad)
        lines.append(' at [Source: (org.springframework.util.StreamUtils$NonClosingInputStream); line: 1, column: %d] (through reference chain: %s.web.dto.%s["%s"])' % (r.randrange(20, 400), svc.pkg, r.choice(('CreateOrderRequest', 'ReservationRequest', 'RefundRequest')), r.choice(('requestedDeliveryDate', 'expiresAt', 'validFrom'))))
        lines += fmt_frames(F_JACKSON[:r.randrange(6, len(F_JACKSON))], jline, svc=svc)
        lines.append('\t... %d common frames omitted' % r.randrange(50, 70))
    elif k == 8:
        lines.append('io.github.resilience4j.circuitbreaker.CallNotPermittedException: CircuitBreaker \'%s\' is OPEN and does not permit further calls' % r.choice(('inventoryClient', 'paymentGateway', 'pricingClient', 'carrierApi')))
        lines += fmt_frames(['io.github.resilience4j.circuitbreaker.CallNotPermittedException.createCallNotPermittedException(CallNotPermittedException.java:48)',
                             'io.github.resilience4j.circuitbreaker.internal.CircuitBreakerStateMachine$OpenState.acquirePermission(CircuitBreakerStateMachine.java:696)',
                             'io.github.resilience4j.circuitbreaker.internal.CircuitBreakerStateMachine.acquirePermission(CircuitBreakerStateMachine.java:206)',
                             'io.github.resilience4j.circuitbreaker.CircuitBreaker.lambda$decorateCheckedSupplier$82a9021a$1(CircuitBreaker.java:70)',
                             'io.github.resilience4j.circuitbreaker.CircuitBreaker.executeCheckedSupplier(CircuitBreaker.java:748)'], jline, svc=svc)
        lines += ['\tat ' + f for f in app_frames(r, svc, r.randrange(2, 5))] + web[:r.randrange(4, 20)]
    else:
        lines.append('java.util.concurrent.TimeoutException: Did not observe any item or terminal signal within %dms in \'%s\' (and no fallback has been configured)' % (r.choice((2000, 5000, 10000)), r.choice(('flatMap', 'map', 'retryWhen', 'source(MonoDefer)'))))
        lines += fmt_frames(['reactor.core.publisher.FluxTimeout$TimeoutMainSubscriber.handleTimeout(FluxTimeout.java:296)',
                             'reactor.core.publisher.FluxTimeout$TimeoutMainSubscriber.doTimeout(FluxTimeout.java:281)',
                             'reactor.core.publisher.FluxTimeout$TimeoutTimeoutSubscriber.onNext(FluxTimeout.java:420)',
                             'reactor.core.publisher.FluxOnErrorReturn$ReturnSubscriber.onNext(FluxOnErrorReturn.java:162)',
                             'reactor.core.publisher.MonoDelay$MonoDelayRunnable.propagateDelay(MonoDelay.java:270)',
                             'reactor.core.publisher.MonoDelay$MonoDelayRunnable.run(MonoDelay.java:285)',
                             'reactor.core.scheduler.SchedulerTask.call(SchedulerTask.java:68)',
                             'reactor.core.scheduler.SchedulerTask.call(SchedulerTask.java:28)',
                             'java.base/java.util.concurrent.FutureTask.run(FutureTask.java:317)',
                             'java.base/java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask.run(ScheduledThreadPoolExecutor.java:304)',
                             'java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)',
                             'java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:642)',
                             'java.base/java.lang.Thread.run(Thread.java:%s)'], jline, svc=svc)
    return lines


# ---------------------------------------------------------------------------
# Clean single-line messages
# ---------------------------------------------------------------------------
def java_msg(r, svc):
    """Return (level, logger fqcn, thread or None, message)."""
    p = svc.pkg
    key = app_key(svc)
    k = r.randrange(40)
    oid = order_id(r)
    if k < 3:
        m, path = api_request(r, svc)
        return ('DEBUG', 'org.springframework.web.servlet.DispatcherServlet', None,
                '%s "%s", parameters={%s}' % (m, path.split('?')[0], 'masked' if '?' in path else ''))
    if k < 5:
        return ('DEBUG', 'org.hibernate.SQL', None, r.choice((
            'select o1_0.id,o1_0.created_at,o1_0.customer_id,o1_0.currency,o1_0.status,o1_0.total_amount,o1_0.version from orders o1_0 where o1_0.id=?',
            'select s1_0.id,s1_0.available,s1_0.reserved,s1_0.sku,s1_0.version,s1_0.warehouse_code from stock_items s1_0 where s1_0.sku=? and s1_0.warehouse_code=?',
            'update orders set status=?,updated_at=?,version=? where id=? and version=?',
            'insert into outbox_events (aggregate_id,aggregate_type,created_at,payload,type,id) values (?,?,?,?,?,?)',
            'select p1_0.id,p1_0.amount,p1_0.currency,p1_0.order_id,p1_0.psp_reference,p1_0.state from payments p1_0 where p1_0.order_id=? order by p1_0.created_at desc fetch first ? rows only',
            'delete from reservations where expires_at<?',
            'select count(*) from outbox_events o1_0 where o1_0.published_at is null')))
    if k < 7:
        return ('TRACE', 'org.hibernate.orm.jdbc.bind', None, 'binding parameter (%d:%s) <- [%s]' % (
            r.randrange(1, 7), r.choice(('BIGINT', 'VARCHAR', 'TIMESTAMP_UTC', 'INTEGER', 'NUMERIC')),
            r.choice((oid, r.choice(STATUSES), '2024-03-%02dT%02d:%02d:%02d.%03dZ' % (r.randrange(1, 29), r.randrange(24), r.randrange(60), r.randrange(60), r.randrange(1000)), str(r.randrange(0, 40)), '%d.%02d' % (r.randrange(1, 900), r.randrange(100)), sku(r)))))
    if k < 8:
        return ('DEBUG', 'com.zaxxer.hikari.pool.HikariPool', 'HikariPool-1 housekeeper',
                'HikariPool-1 - Pool stats (total=%d, active=%d, idle=%d, waiting=%d)' % (10, r.randrange(0, 6), r.randrange(4, 10), r.choice((0, 0, 0, 1, 2))))
    if k < 9:
        if r.random() < 0.3:
            prop, val = r.choice((('password', '<masked>'), ('jdbcUrl', 'jdbc:postgresql://postgres.data.svc.cluster.local:5432/%s' % key),
                                  ('maximumPoolSize', '10'), ('connectionTimeout', '30000'), ('username', key), ('poolName', '"HikariPool-1"')))
            return ('DEBUG', 'com.zaxxer.hikari.HikariConfig', 'main', '%s%s' % (prop.ljust(32, '.'), val))
        return ('DEBUG', 'com.zaxxer.hikari.pool.HikariPool', 'HikariPool-1 housekeeper',
                'HikariPool-1 - Fill pool skipped, pool has sufficient level or currently being filled (queueDepth=0).')
    if k < 12:
        return ('INFO', p + '.' + r.choice([c for c in APP_CLASSES.get(key, APP_CLASSES['orders']) if c.startswith('service.')] or ['service.DomainService']), None,
                r.choice(('Order %s transitioned from %s to %s' % (oid, r.choice(STATUSES), r.choice(STATUSES)),
                          'Reserved %d units of %s in %s for order %s (reservationId=%s, ttl=PT15M)' % (r.randrange(1, 6), sku(r), r.choice(WAREHOUSES), oid, uuid4(r)),
                          'Created order %s for cart %s with %d line items, total=%d.%02d %s' % (oid, uuid4(r), r.randrange(1, 9), r.randrange(5, 900), r.randrange(100), r.choice(CURRENCIES)),
                          'Payment %s authorized for order %s: amount=%d.%02d %s, pspReference=%s, latency=%dms' % (uuid4(r), oid, r.randrange(5, 900), r.randrange(100), r.choice(CURRENCIES), hexs(r, 16).upper(), r.randrange(80, 1400)),
                          'Journal entry %s posted: debit=%d credit=%d amountMinor=%d' % (snowflake(r), r.randrange(1000, 9999), r.randrange(1000, 9999), r.randrange(100, 99999)),
                          'Shipment requested for order %s via %s, parcels=%d, weightGrams=%d' % (oid, r.choice(CARRIERS), r.randrange(1, 4), r.randrange(200, 25000)))))
    if k < 14:
        return ('INFO', p + '.messaging.OutboxRelay', 'scheduling-1',
                'Published %d outbox events to %s in %d ms (oldestLag=%d ms, batchId=%s)' % (r.randrange(0, 50), r.choice(('orders.events', 'payments.events', 'stock.events')), r.randrange(1, 90), r.randrange(5, 4000), uuid4(r)))
    if k < 15:
        return ('WARN', p + '.client.' + r.choice(('InventoryClient', 'PaymentClient', 'PricingClient', 'CarrierClient')), None,
                'Retrying call to %s (attempt %d/3) after %d ms: %s' % (r.choice(('inventory-service', 'payment-service', 'pricing-api', 'shipping-api')), r.randrange(1, 3), r.choice((100, 200, 400, 800)),
                                                                         r.choice(('Read timed out', 'Connection reset', '503 Service Unavailable', 'I/O error on POST request'))))
    if k < 16:
        return ('INFO', 'io.github.resilience4j.circuitbreaker.internal.CircuitBreakerStateMachine', None,
                "CircuitBreaker '%s' changed state from %s" % (r.choice(('inventoryClient', 'paymentGateway', 'pricingClient', 'carrierApi')), r.choice(('CLOSED to OPEN', 'OPEN to HALF_OPEN', 'HALF_OPEN to CLOSED', 'HALF_OPEN to OPEN'))))
    if k < 18:
        return ('DEBUG', p + '.cache.' + r.choice(('ProductCache', 'PriceCache', 'SessionCache')), None,
                'Cache %s for key %s:%s (size=%d, hitRatio=%.3f)' % (r.choice(('miss', 'hit', 'hit', 'eviction')), r.choice(('product', 'price', 'stock', 'category')), r.choice((sku(r), oid, r.choice(CATEGORIES))), r.randrange(100, 50000), r.random()))
    if k < 19:
        return ('WARN', p + '.repository.SlowQueryInterceptor', None,
                'Slow query detected: %d ms for %s (rows=%d)' % (r.randrange(500, 9000), r.choice(('OrderRepository.findByStatusAndCreatedAtBefore', 'StockItemRepository.lockBySku', 'PaymentRepository.findPendingCaptures', 'JournalEntryRepository.sumByAccount')), r.randrange(0, 100000)))
    if k < 21:
        m, path = api_request(r, svc)
        st = status_for(r, m)
        return ('INFO', p + '.web.RequestLoggingFilter', None,
                'Completed %s %s -> %d in %.1f ms (requestId=%s, traceparent=00-%s-%s-01)' % (m, path, st, dur_ms(r, 15), uuid4(r), trace_id(r), span_id(r)))
    if k < 22:
        return ('INFO', 'org.springframework.kafka.listener.KafkaMessageListenerContainer', 'org.springframework.kafka.KafkaListenerEndpointContainer#0-0-C-1',
                '%s-group: partitions %s: [%s]' % (svc.name.split('-')[0], r.choice(('assigned', 'revoked')), ', '.join('%s-%d' % (r.choice(('orders.events', 'payments.events', 'stock.events')), i) for i in sorted(r.sample(range(12), r.randrange(1, 5))))))
    if k < 23:
        return ('DEBUG', 'org.springframework.security.web.FilterChainProxy', None,
                'Secured %s %s' % api_request(r, svc))
    if k < 24:
        return ('INFO', p + '.job.' + r.choice(('ReservationExpiryJob', 'ReconciliationJob', 'FeedImportJob', 'CleanupJob')), 'scheduling-1',
                'Job finished: processed=%d skipped=%d failed=%d duration=PT%.3fS nextRun=%s' % (r.randrange(0, 5000), r.randrange(0, 50), r.choice((0, 0, 0, 1, 3)), r.random() * 40, r.choice(('0 */5 * * * *', '0 0 2 * * *', 'PT1M'))))
    if k < 25:
        return ('WARN', 'org.hibernate.engine.jdbc.spi.SqlExceptionHelper', None,
                r.choice(('SQL Error: 0, SQLState: 23505', 'SQL Error: 0, SQLState: 40001', 'SQL Error: 0, SQLState: 57014')))
    if k < 26:
        return ('INFO', 'org.apache.kafka.clients.producer.KafkaProducer', 'kafka-producer-network-thread | producer-1',
                "[Producer clientId=producer-1] Instantiated an idempotent producer." if r.random() < 0.3 else
                "[Producer clientId=producer-%d] ProducerId set to %d with epoch %d" % (r.randrange(1, 4), r.randrange(1000, 99999), r.randrange(0, 5)))
    if k < 27:
        return ('DEBUG', 'org.springframework.web.client.RestTemplate', None,
                'HTTP %s http://%s:8080%s' % (r.choice(('GET', 'POST')), r.choice(('inventory-service.shop.svc.cluster.local', 'pricing-api.shop.svc.cluster.local', 'payment-service.payments.svc.cluster.local')), r.choice(('/api/v1/stock/' + sku(r), '/v1/prices?sku=' + sku(r), '/api/v1/payments/' + uuid4(r)))))
    if k < 28:
        return ('DEBUG', 'org.springframework.web.client.RestTemplate', None,
                'Response %d %s' % r.choice(((200, 'OK'), (201, 'CREATED'), (404, 'NOT_FOUND'), (409, 'CONFLICT'), (503, 'SERVICE_UNAVAILABLE'))))
    if k < 29:
        return ('INFO', 'org.springframework.boot.actuate.endpoint.web.EndpointLinksResolver', 'main' if r.random() < 0.1 else None,
                'Exposing %d endpoint(s) beneath base path \'/actuator\'' % r.randrange(2, 8))
    if k < 30:
        return ('WARN', 'org.apache.kafka.clients.NetworkClient', 'kafka-producer-network-thread | producer-1',
                '[Producer clientId=producer-1] Got error produce response with correlation id %d on topic-partition %s-%d, retrying (%d attempts left). Error: NOT_LEADER_OR_FOLLOWER' % (r.randrange(1000, 900000), r.choice(('orders.events', 'payments.events')), r.randrange(12), r.randrange(1, 2147483647)))
    if k < 31:
        return ('INFO', p + '.service.' + r.choice(('FraudCheckService', 'PricingService', 'MfaService')), None,
                r.choice(('Fraud score %.2f for order %s below threshold %.2f, decision=ACCEPT' % (r.random(), oid, 0.8),
                          'Applied promotion %s to cart %s: discount=%d.%02d' % (r.choice(('SPRING10', 'FREESHIP', 'BUNDLE3', 'WELCOME5')), uuid4(r), r.randrange(1, 40), r.randrange(100)),
                          'MFA challenge %s issued, method=%s, expiresIn=300s' % (uuid4(r), r.choice(('TOTP', 'WEBAUTHN', 'PUSH'))))))
    if k < 32:
        return ('DEBUG', 'org.springframework.data.redis.core.RedisConnectionUtils', None,
                'Fetching Redis Connection from RedisConnectionFactory' if r.random() < 0.5 else 'Closing Redis Connection.')
    if k < 33:
        return ('INFO', 'org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean', 'task-1', "Initialized JPA EntityManagerFactory for persistence unit 'default'")
    if k < 34:
        return ('ERROR', p + '.web.GlobalExceptionHandler', None,
                'Request failed with %s: %s [requestId=%s]' % (r.choice(('409 CONFLICT', '422 UNPROCESSABLE_ENTITY', '400 BAD_REQUEST')),
                                                               r.choice(('Insufficient stock for %s: requested=%d available=%d' % (sku(r), r.randrange(2, 9), r.randrange(0, 2)),
                                                                         'Cart %s already checked out' % uuid4(r), 'Coupon expired', 'Unsupported currency: %s' % r.choice(('JPY', 'NOK', 'HUF')))), uuid4(r)))
    if k < 35:
        return ('INFO', 'org.springframework.cloud.kubernetes.commons.config.reload.ConfigReloadUtil', None,
                'Reloading using strategy: REFRESH, configmap %s-config resourceVersion=%d' % (svc.name, r.randrange(100000, 9999999)))
    if k < 36:
        return ('DEBUG', 'io.micrometer.tracing.brave.bridge.BraveTracer', None,
                'Created new span: traceId=%s spanId=%s parentId=%s name=%s' % (trace_id(r), span_id(r), span_id(r), r.choice(('http post', 'http get', 'orders.events send', 'query', 'connection'))))
    if k < 37:
        return ('INFO', p + '.messaging.' + r.choice(('OrderCreatedListener', 'PaymentEventsListener', 'PaymentCapturedListener', 'NotificationRequestListener')), 'org.springframework.kafka.KafkaListenerEndpointContainer#0-0-C-1',
                'Consumed %s key=%s partition=%d offset=%d eventId=%s lagMs=%d' % (r.choice(('OrderCreated', 'PaymentCaptured', 'StockReserved', 'OrderCancelled', 'NotificationRequested')), oid, r.randrange(12), r.randrange(10000, 9000000), uuid4(r), r.randrange(1, 3000)))
    if k < 38:
        return ('INFO', 'org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/]', None, "Initializing Spring DispatcherServlet 'dispatcherServlet'")
    if k < 39:
        return ('WARN', 'org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver', None,
                'Resolved [org.springframework.web.%s]' % r.choice(('HttpRequestMethodNotSupportedException: Request method \'GET\' is not supported',
                                                                    'bind.MissingServletRequestParameterException: Required request parameter \'page\' for method parameter type int is not present',
                                                                    'HttpMediaTypeNotSupportedException: Content-Type \'text/plain;charset=UTF-8\' is not supported',
                                                                    'servlet.resource.NoResourceFoundException: No static resource %s.' % r.choice(('favicon.ico', 'robots.txt', 'actuator/env', '.env', 'wp-login.php')))))
    return ('INFO', 'org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler', None,
            'Scheduled task %s.%s completed in %d ms' % (r.choice(('outboxRelay', 'reservationExpiry', 'metricsPublisher', 'tokenCleanup')), r.choice(('run', 'relay', 'purge')), r.randrange(1, 400)))


def gen_line(r, cat):
    svc = r.choice(cat.by_lang['java'])
    level, logger, thread, msg = java_msg(r, svc)
    return head(r, svc, level, logger, thread) + [msg + '\n']


def gen_error(r, cat):
    svc = r.choice(cat.by_lang['java'])
    lines = stack_trace(r, svc)
    k = r.random()
    if k < 0.5:
        pre = head(r, svc, 'ERROR', 'org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/].[dispatcherServlet]', 'http-nio-8080-exec-%d' % r.randrange(1, 12))
        msg = 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: %s] with root cause\n\n' % lines[0]
        body = lines[-1:] if False else lines
        # root cause printed: use the innermost 'Caused by' block when present
        idx = max((i for i, l in enumerate(lines) if l.startswith('Caused by: ')), default=None)
        if idx is not None:
            body = [lines[idx][len('Caused by: '):]] + lines[idx + 1:]
        return pre + [msg + '\n'.join(body) + '\n']
    if k < 0.75:
        pre = head(r, svc, 'ERROR', svc.pkg + '.web.GlobalExceptionHandler', 'http-nio-8080-exec-%d' % r.randrange(1, 12))
        return pre + ['Unhandled exception for request %s [requestId=%s]\n' % (api_request(r, svc)[1].split('?')[0], uuid4(r)) + '\n'.join(lines) + '\n']
    pre = head(r, svc, 'ERROR', 'org.springframework.kafka.listener.DefaultErrorHandler', 'org.springframework.kafka.KafkaListenerEndpointContainer#0-0-C-1')
    return pre + ['Backoff FixedBackOff{interval=%d, currentAttempts=%d, maxAttempts=%d} exhausted for %s-%d@%d\n' % (r.choice((0, 1000, 5000)), r.randrange(2, 11), r.choice((2, 9, 10)), r.choice(('orders.events', 'payments.events', 'stock.events')), r.randrange(12), r.randrange(1000, 9000000)) + '\n'.join(lines) + '\n']


SPRING_BANNER = [
    '',
    '  .   ____          _            __ _ _',
    ' /\\\\ / ___\'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\',
    '( ( )\\___ | \'_ | \'_| | \'_ \\/ _` | \\ \\ \\ \\',
    ' \\\\/  ___)| |_)| | | | | || (_| |  ) ) ) )',
    '  \'  |____| .__|_| |_|_| |_\\__, | / / / /',
    ' =========|_|==============|___/=/_/_/_/',
]


def gen_startup(r, cat):
    svc = r.choice(cat.by_lang['java'])
    boot = r.choice(('3.2.4', '3.2.3', '3.1.9', '3.2.5', '2.7.18'))
    jv = r.choice(JAVA_VERSIONS)[0]
    appcls = ''.join(w.capitalize() for w in svc.name.split('-')) + 'Application'
    pieces = []
    if r.random() < 0.6:
        pieces.append('\n'.join(SPRING_BANNER) + '\n' + ' :: Spring Boot ::%s(v%s)\n\n' % (' ' * (21 - len(boot)), boot))

    def L(level, logger, msg, thread='main'):
        pieces.extend(head(r, svc, level, logger, thread))
        pieces.append(msg + '\n')
    main_logger = svc.pkg + '.' + appcls
    L('INFO', main_logger, 'Starting %s v%s using Java %s with PID %d (/app/app.jar started by app in /app)' % (appcls, svc.version, jv, svc.pid))
    profiles = r.choice((['k8s'], ['k8s', 'integration'], ['it'], ['default'], ['test', 'kafka']))
    if profiles == ['default']:
        L('INFO', main_logger, 'No active profile set, falling back to 1 default profile: "default"')
    else:
        L('INFO', main_logger, 'The following %d profile%s active: %s' % (len(profiles), 's are' if len(profiles) > 1 else ' is', ', '.join('"%s"' % x for x in profiles)))
    L('INFO', 'org.springframework.data.repository.config.RepositoryConfigurationDelegate', 'Bootstrapping Spring Data JPA repositories in DEFAULT mode.')
    L('INFO', 'org.springframework.data.repository.config.RepositoryConfigurationDelegate', 'Finished Spring Data repository scanning in %d ms. Found %d JPA repository interfaces.' % (r.randrange(40, 400), r.randrange(2, 14)))
    L('INFO', 'org.springframework.boot.web.embedded.tomcat.TomcatWebServer', 'Tomcat initialized with port %d (http)' % svc.port)
    L('INFO', 'org.apache.catalina.core.StandardService', 'Starting service [Tomcat]')
    L('INFO', 'org.apache.catalina.core.StandardEngine', 'Starting Servlet engine: [Apache Tomcat/10.1.%d]' % r.randrange(16, 21))
    L('INFO', 'org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/]', 'Initializing Spring embedded WebApplicationContext')
    L('INFO', 'org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext', 'Root WebApplicationContext: initialization completed in %d ms' % r.randrange(700, 4000))
    L('INFO', 'org.hibernate.jpa.internal.util.LogHelper', 'HHH000204: Processing PersistenceUnitInfo [name: default]')
    L('INFO', 'org.hibernate.Version', 'HHH000412: Hibernate ORM core version 6.4.%d.Final' % r.randrange(1, 5))
    L('INFO', 'org.hibernate.cache.internal.RegionFactoryInitiator', 'HHH000026: Second-level cache disabled')
    L('INFO', 'org.springframework.orm.jpa.persistenceunit.SpringPersistenceUnitInfo', 'No LoadTimeWeaver setup: ignoring JPA class transformer')
    L('INFO', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Starting...')
    L('INFO', 'com.zaxxer.hikari.pool.HikariPool', 'HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@%x' % r.getrandbits(31))
    L('INFO', 'com.zaxxer.hikari.HikariDataSource', 'HikariPool-1 - Start completed.')
    L('INFO', 'org.hibernate.engine.transaction.jta.platform.internal.JtaPlatformInitiator', "HHH000489: No JTA platform available (set 'hibernate.transaction.jta.platform' to enable JTA platform integration)")
    L('INFO', 'org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean', "Initialized JPA EntityManagerFactory for persistence unit 'default'")
    L('WARN', 'org.springframework.boot.autoconfigure.orm.jpa.JpaBaseConfiguration$JpaWebConfiguration', 'spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning')
    if r.random() < 0.5:
        L('INFO', 'org.flywaydb.core.internal.command.DbValidate', 'Successfully validated %d migrations (execution time 00:00.%03ds)' % (r.randrange(3, 60), r.randrange(1000)))
        L('INFO', 'org.flywaydb.core.internal.command.DbMigrate', 'Current version of schema "public": %d' % r.randrange(3, 60))
    L('INFO', 'org.springframework.boot.actuate.endpoint.web.EndpointLinksResolver', "Exposing %d endpoint(s) beneath base path '/actuator'" % r.randrange(2, 8))
    L('INFO', 'org.springframework.boot.web.embedded.tomcat.TomcatWebServer', "Tomcat started on port %d (http) with context path ''" % svc.port)
    t = r.uniform(4, 30)
    L('INFO', main_logger, 'Started %s in %.3f seconds (process running for %.3f)' % (appcls, t, t + r.uniform(0.3, 2)))
    return pieces


# ---------------------------------------------------------------------------
# Value-bearing (leaky) Java records
# ---------------------------------------------------------------------------
def _svc(r, cat, names=None):
    pool = cat.by_lang['java']
    if names:
        pool = [s for s in pool if s.name in names] or pool
    return r.choice(pool)


def leak_login_email(r, cat):
    svc = _svc(r, cat, ('auth-service',))
    msg = r.choice(('Login succeeded for user ', 'Authentication failed for user ', 'Password reset requested for ',
                    'Account locked after 5 failed attempts: ', 'New session created for principal '))
    return head(r, svc, r.choice(('INFO', 'WARN', 'DEBUG')), svc.pkg + '.service.' + r.choice(('LoginService', 'PasswordResetService', 'SessionService')), None) + \
        [msg, V('email'), ' (clientId=%s, ip=%s)\n' % (r.choice(('web-frontend', 'mobile-app', 'backoffice')), private_ip(r))]


def leak_send_email(r, cat):
    svc = _svc(r, cat, ('notification-service',))
    return head(r, svc, 'INFO', svc.pkg + '.channel.EmailChannel', None) + \
        ['Sending %s e-mail to ' % r.choice(('order-confirmation', 'shipping-update', 'invoice', 'password-reset', 'welcome')),
         V('email'), ' (template=v%d, messageId=0100018e%s-%s-000000)\n' % (r.randrange(1, 12), hexs(r, 8), uuid4(r))]


def leak_dup_email_trace(r, cat):
    svc = _svc(r, cat, ('auth-service',))
    pre = head(r, svc, 'ERROR', svc.pkg + '.web.GlobalExceptionHandler', 'http-nio-8080-exec-%d' % r.randrange(1, 12))
    jv, jline = r.choice(JAVA_VERSIONS)
    frames = ['\tat ' + f for f in app_frames(r, svc, r.randrange(2, 5))] + fmt_frames(F_TX + F_MVC + F_TOMCAT[:r.randrange(5, 30)], jline, svc=svc)
    return pre + ['Registration failed [requestId=%s]\n%s.service.DuplicateAccountException: Account with e-mail ' % (uuid4(r), svc.pkg),
                  V('email'), ' already exists\n' + '\n'.join(frames) + '\n']


def leak_sms_phone(r, cat):
    svc = _svc(r, cat, ('notification-service', 'auth-service'))
    return head(r, svc, 'INFO', svc.pkg + r.choice(('.channel.SmsChannel', '.service.MfaService')), None) + \
        ['Sending verification SMS to ', V('phone'), ' via provider=%s (challengeId=%s)\n' % (r.choice(('twilio', 'messagebird', 'vonage')), uuid4(r))]


def leak_card_debug(r, cat):
    svc = _svc(r, cat, ('payment-service',))
    if r.random() < 0.5:
        return head(r, svc, 'DEBUG', svc.pkg + '.gateway.PspClient', None) + \
            ['Request payload: {"merchantAccount":"ExampleShopEU","amount":{"value":%d,"currency":"%s"},"reference":"%s","paymentMethod":{"type":"scheme","number":"' % (r.randrange(100, 99999), r.choice(CURRENCIES), order_id(r)),
             V('card'), '","expiryMonth":"%02d","expiryYear":"20%d","cvc":"***"}}\n' % (r.randrange(1, 13), r.randrange(25, 31))]
    return head(r, svc, 'DEBUG', svc.pkg + '.service.AuthorizationService', None) + \
        ['Authorizing PaymentRequest(orderId=%s, cardNumber=' % order_id(r), V('card'),
         ', expiry=%02d/%d, amount=%d.%02d, currency=%s, threeDs=true)\n' % (r.randrange(1, 13), r.randrange(25, 31), r.randrange(1, 900), r.randrange(100), r.choice(CURRENCIES))]


def leak_iban(r, cat):
    svc = _svc(r, cat, ('payment-service', 'ledger-service'))
    return head(r, svc, 'INFO', svc.pkg + r.choice(('.service.SepaMandateService', '.service.RefundService', '.service.PayoutService')), None) + \
        [r.choice(('SEPA mandate %s created for IBAN ' % uuid4(r), 'Refund %s will be sent to IBAN ' % uuid4(r), 'Payout batch %s: beneficiary IBAN ' % snowflake(r))), V('iban'), '\n']


def leak_jdbc_password(r, cat):
    svc = _svc(r, cat)
    db = svc.name.split('-')[0]
    k = r.randrange(3)
    if k == 0:
        return head(r, svc, 'DEBUG', 'com.zaxxer.hikari.HikariConfig', 'main') + \
            ['jdbcUrl.........................jdbc:postgresql://postgres.data.svc.cluster.local:5432/%s?user=%s&password=' % (db, db), V('password'), '\n']
    if k == 1:
        return head(r, svc, 'INFO', svc.pkg + '.config.DataSourceConfig', 'main') + \
            ['Connecting to datasource url=jdbc:postgresql://postgres.data.svc.cluster.local:5432/%s username=%s password=' % (db, db), V('password'), ' poolSize=10\n']
    return head(r, svc, 'DEBUG', 'org.springframework.boot.context.config.ConfigDataEnvironment', 'main') + \
        ['Resolved property spring.datasource.password=', V('password'), ' from [configmap.%s-config.%s]\n' % (svc.name, svc.ns)]


def leak_bearer(r, cat):
    svc = _svc(r, cat)
    kind = r.choice(('jwt', 'jwt', 'bearer_token'))
    if r.random() < 0.5:
        return head(r, svc, 'DEBUG', 'org.springframework.web.filter.CommonsRequestLoggingFilter', None) + \
            ['Before request [%s %s, client=%s, headers=[host:"%s:%d", accept:"application/json", authorization:"Bearer ' % (api_request(r, svc) + (pod_ip(r), svc.dns, svc.port)),
             V(kind), '", x-request-id:"%s"]]\n' % uuid4(r)]
    return head(r, svc, 'WARN', 'org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter', None) + \
        ['Failed to authenticate since the JWT was invalid: token=', V('jwt'), ' reason=Jwt expired at 2024-03-%02dT%02d:%02d:%02dZ\n' % (r.randrange(1, 29), r.randrange(24), r.randrange(60), r.randrange(60))]


def leak_public_ip(r, cat):
    svc = _svc(r, cat, ('auth-service', 'orders-service', 'payment-service'))
    return head(r, svc, 'WARN', svc.pkg + r.choice(('.security.RateLimitFilter', '.service.LoginService', '.service.FraudCheckService')), None) + \
        [r.choice(('Rate limit exceeded for client ', 'Blocked login attempt for account %d from ' % r.randrange(10000, 9999999), 'Geo mismatch: order %s placed from ' % order_id(r))),
         V('ipv4_public'), ' (window=60s, count=%d)\n' % r.randrange(20, 400)]


def leak_ssn(r, cat):
    svc = _svc(r, cat, ('payment-service', 'auth-service'))
    return head(r, svc, 'DEBUG', svc.pkg + '.kyc.KycClient', None) + \
        ['Submitting KYC check: {"applicantId":"%s","country":"US","ssn":"' % uuid4(r), V('ssn'), '","dob":"****-**-**","level":"basic"}\n']


def leak_stripe(r, cat):
    svc = _svc(r, cat, ('payment-service',))
    return head(r, svc, 'INFO', svc.pkg + '.gateway.StripeConfig', 'main') + \
        ['Initializing Stripe client: apiVersion=2023-10-16, apiKey=', V('stripe_key'), ', maxNetworkRetries=2\n']


def leak_private_key(r, cat):
    svc = _svc(r, cat, ('auth-service',))
    return head(r, svc, 'DEBUG', svc.pkg + '.security.JwtIssuer', 'main') + \
        ['Loaded signing key kid=%s from secret jwt-signing-key:\n' % hexs(r, 16), V('private_key'), '\n']


def leak_aws(r, cat):
    svc = _svc(r, cat)
    return head(r, svc, 'DEBUG', 'software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain', None) + \
        ['Loading credentials from StaticCredentialsProvider(accessKeyId=', V('aws_key_id'), ', secretAccessKey=', V('aws_secret'), ')\n']


def leak_slack(r, cat):
    svc = _svc(r, cat, ('notification-service',))
    return head(r, svc, 'ERROR', svc.pkg + '.channel.SlackChannel', None) + \
        ['chat.postMessage failed: invalid_auth (channel=#alerts-%s, token=' % r.choice(('orders', 'payments', 'oncall')), V('slack_token'), ')\n']


CLEAN = [
    ('java.line', 0.78, gen_line, 12),
    ('java.error', 0.17, gen_error, 1.3),
    ('java.startup', 0.05, gen_startup, 1),
]

LEAKS = [
    (('email',), 10, leak_login_email),
    (('email',), 8, leak_send_email),
    (('email',), 3, leak_dup_email_trace),
    (('phone',), 5, leak_sms_phone),
    (('card',), 6, leak_card_debug),
    (('iban',), 4, leak_iban),
    (('password',), 5, leak_jdbc_password),
    (('jwt',), 6, leak_bearer),
    (('ipv4_public',), 6, leak_public_ip),
    (('ssn',), 3, leak_ssn),
    (('stripe_key',), 1.5, leak_stripe),
    (('private_key',), 0.3, leak_private_key),
    (('aws_key_id', 'aws_secret'), 1.2, leak_aws),
    (('slack_token',), 1.2, leak_slack),
]
