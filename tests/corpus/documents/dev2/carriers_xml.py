"""Java-world XML configuration carriers."""
from doc import Doc
from gen_values import xesc, uenc
from common import host, user, db, app


def tomcat_context(v, i):
    d = Doc("xml/tomcat-context-%02d.xml" % i)
    pw1 = d.L("password", xesc(v.password(v.choice(["human", "strong", "tricky"]))))
    pw2 = d.L("password", xesc(v.safe_password()))
    h1, h2 = host(v), host(v)
    return d.set(f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- conf/Catalina/localhost/{app(v)}.xml -->
<Context reloadable="false" crossContext="false">
    <WatchedResource>WEB-INF/web.xml</WatchedResource>

    <Resource name="jdbc/{db(v)}" auth="Container" type="javax.sql.DataSource"
              driverClassName="org.postgresql.Driver"
              url="jdbc:postgresql://{h1}:5432/{db(v)}?ssl=true&amp;sslmode=require"
              username="{user(v)}" password="{pw1}"
              maxTotal="40" maxIdle="10" maxWaitMillis="10000"
              validationQuery="SELECT 1" testOnBorrow="true"/>

    <Resource name="jdbc/reporting" auth="Container" type="javax.sql.DataSource"
              driverClassName="com.mysql.cj.jdbc.Driver"
              url="jdbc:mysql://{h2}:3306/reporting?useSSL=true&amp;serverTimezone=UTC"
              username="reporting"
              password="{pw2}"
              maxTotal="8"/>

    <!-- staging copy: credentials injected by the deploy job -->
    <Resource name="jdbc/staging" auth="Container" type="javax.sql.DataSource"
              username="${{db.staging.user}}" password="${{db.staging.password}}"
              url="jdbc:postgresql://{host(v)}:5432/staging"/>

    <Environment name="mail/smtpPassword" type="java.lang.String"
                 value="{d.L('password', xesc(v.safe_password()))}" override="false"/>
    <Parameter name="passwordPolicy" value="min-length=12" override="false"/>
</Context>
""")


def tomcat_server(v, i):
    d = Doc("xml/tomcat-server-%02d.xml" % i)
    ks = d.L("password", v.safe_password())
    ts_ = d.L("password", v.safe_password())
    realm_pw = d.L("password", xesc(v.password("tricky")))
    return d.set(f"""<?xml version="1.0" encoding="UTF-8"?>
<Server port="8005" shutdown="SHUTDOWN">
  <Listener className="org.apache.catalina.startup.VersionLoggerListener" />
  <GlobalNamingResources>
    <Resource name="UserDatabase" auth="Container"
              type="org.apache.catalina.UserDatabase"
              factory="org.apache.catalina.users.MemoryUserDatabaseFactory"
              pathname="conf/tomcat-users.xml" />
  </GlobalNamingResources>
  <Service name="Catalina">
    <Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol"
               maxThreads="150" SSLEnabled="true">
      <SSLHostConfig truststoreFile="conf/truststore.jks" truststorePassword="{ts_}">
        <Certificate certificateKeystoreFile="conf/keystore.p12"
                     certificateKeystorePassword="{ks}"
                     certificateKeyAlias="tomcat" type="RSA" />
      </SSLHostConfig>
    </Connector>
    <Engine name="Catalina" defaultHost="localhost">
      <Realm className="org.apache.catalina.realm.LockOutRealm">
        <Realm className="org.apache.catalina.realm.DataSourceRealm"
               dataSourceName="jdbc/auth" userTable="users" userNameCol="user_name"
               userCredCol="user_pass" userRoleTable="user_roles" roleNameCol="role_name"/>
        <Realm className="org.apache.catalina.realm.JNDIRealm"
               connectionURL="ldaps://ldap.example.com:636"
               connectionName="cn=tomcat,ou=services,dc=example,dc=com"
               connectionPassword="{realm_pw}"
               userPattern="uid={{0}},ou=people,dc=example,dc=com"/>
      </Realm>
      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="false"/>
    </Engine>
  </Service>
</Server>
""")


def tomcat_users(v, i):
    d = Doc("xml/tomcat-users-%02d.xml" % i)
    a = d.L("password", xesc(v.human_password()))
    b = d.L("password", xesc(v.strong_password()))
    return d.set(f"""<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
<!--
  <user username="admin" password="<must-be-changed>" roles="manager-gui"/>
  <user username="robot" password="<must-be-changed>" roles="manager-script"/>
-->
  <role rolename="manager-gui"/>
  <role rolename="manager-script"/>
  <user username="ops-admin" password="{a}" roles="manager-gui,admin-gui"/>
  <user username="deployer" password="{b}" roles="manager-script"/>
  <user username="legacy" password="{v.sha256()}" roles="manager-status"/>
</tomcat-users>
""")


def maven_settings(v, i):
    d = Doc("xml/maven-settings-%02d.xml" % i)
    p1 = d.L("password", xesc(v.password(v.choice(["human", "strong", "tricky"]))))
    p2 = d.L("password", xesc(v.safe_password()))
    pp = d.L("password", xesc(v.passphrase()))
    return d.set(f"""<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
  <localRepository>${{user.home}}/.m2/repository</localRepository>
  <servers>
    <server>
      <id>nexus-releases</id>
      <username>nexus-deploy</username>
      <password>{p1}</password>
    </server>
    <server>
      <id>nexus-snapshots</id>
      <username>${{env.NEXUS_USER}}</username>
      <password>${{env.NEXUS_PASSWORD}}</password>
    </server>
    <server>
      <id>internal-site</id>
      <username>site</username>
      <password>{p2}</password>
      <filePermissions>664</filePermissions>
    </server>
    <server>
      <id>scm-ssh</id>
      <username>git</username>
      <privateKey>${{user.home}}/.ssh/id_ed25519</privateKey>
      <passphrase>{pp}</passphrase>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>central-proxy</id>
      <mirrorOf>central</mirrorOf>
      <url>https://nexus.example.com/repository/maven-public/</url>
    </mirror>
  </mirrors>
  <profiles>
    <profile>
      <id>sonar</id>
      <properties>
        <sonar.host.url>https://sonar.example.com</sonar.host.url>
        <sonar.login>{d.L('generic-secret', v.hexs(40))}</sonar.login>
      </properties>
    </profile>
  </profiles>
</settings>
""")


def jenkins_credentials(v, i):
    d = Doc("xml/jenkins-credentials-%02d.xml" % i)
    enc = lambda: "{AQAAABAAAA" + v.b64(v.choice([48, 64])) + "}"
    p1 = d.L("password", enc())
    s1 = d.L("generic-secret", enc())
    p2 = d.L("password", enc())
    return d.set(f"""<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1319.v7eb_51b_3a_c97b_">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain>
        <specifications/>
      </com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>{v.uuid()}</id>
          <description>nexus deploy user</description>
          <username>nexus-deploy</username>
          <password>{p1}</password>
          <usernameSecret>false</usernameSecret>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>sonar-token</id>
          <description>SonarQube analysis token</description>
          <secret>{s1}</secret>
        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>db-migrations</id>
          <description>Flyway user (rotate with password policy)</description>
          <username>flyway</username>
          <password>{p2}</password>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
""")


def hibernate_cfg(v, i):
    d = Doc("xml/hibernate-%02d.cfg.xml" % i)
    pw = v.password(v.choice(["human", "strong", "alnum", "tricky"]))
    h = host(v)
    url_variant = v.randint(0, 1)
    if url_variant:
        upw = d.L("password", uenc(v.safe_password()))
        url = f"jdbc:mysql://{h}:3306/{db(v)}?user=hbm&amp;password={upw}&amp;useSSL=true"
    else:
        url = f"jdbc:postgresql://{h}:5432/{db(v)}"
    return d.set(f"""<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE hibernate-configuration PUBLIC
        "-//Hibernate/Hibernate Configuration DTD 3.0//EN"
        "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
<hibernate-configuration>
    <session-factory>
        <property name="hibernate.connection.driver_class">org.postgresql.Driver</property>
        <property name="hibernate.connection.url">{url}</property>
        <property name="hibernate.connection.username">{user(v)}</property>
        <property name="hibernate.connection.password">{d.L('password', xesc(pw))}</property>
        <!-- <property name="hibernate.connection.password">changeme</property> -->
        <property name="hibernate.c3p0.max_size">20</property>
        <property name="hibernate.dialect">org.hibernate.dialect.PostgreSQLDialect</property>
        <property name="hibernate.show_sql">false</property>
        <mapping class="com.example.orders.Order"/>
    </session-factory>
</hibernate-configuration>
""")


def logback(v, i):
    d = Doc("xml/logback-%02d.xml" % i)
    smtp = d.L("password", xesc(v.safe_password()))
    dbpw = d.L("password", xesc(v.password()))
    kpw = d.L("password", v.strong_password(symbols="!$%*-_+.~"))
    return d.set(f"""<configuration scan="true">
  <appender name="CONSOLE" class="ch.qos.logback.core.ConsoleAppender">
    <encoder><pattern>%d{{ISO8601}} %-5level [%thread] %logger{{36}} - %msg%n</pattern></encoder>
  </appender>

  <appender name="EMAIL" class="ch.qos.logback.classic.net.SMTPAppender">
    <smtpHost>smtp.example.com</smtpHost>
    <smtpPort>587</smtpPort>
    <STARTTLS>true</STARTTLS>
    <username>alerts@example.com</username>
    <password>{smtp}</password>
    <to>oncall@example.com</to>
    <from>alerts@example.com</from>
    <subject>%logger{{20}} - %m</subject>
  </appender>

  <appender name="DB" class="ch.qos.logback.classic.db.DBAppender">
    <connectionSource class="ch.qos.logback.core.db.DriverManagerConnectionSource">
      <driverClass>org.postgresql.Driver</driverClass>
      <url>jdbc:postgresql://{host(v)}:5432/logs</url>
      <user>logwriter</user>
      <password>{dbpw}</password>
    </connectionSource>
  </appender>

  <appender name="KAFKA" class="com.github.danielwegener.logback.kafka.KafkaAppender">
    <topic>app-logs</topic>
    <producerConfig>bootstrap.servers=kafka.example.com:9093</producerConfig>
    <producerConfig>security.protocol=SASL_SSL</producerConfig>
    <producerConfig>sasl.mechanism=PLAIN</producerConfig>
    <producerConfig>sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="logs" password="{kpw}";</producerConfig>
  </appender>

  <root level="INFO"><appender-ref ref="CONSOLE"/><appender-ref ref="KAFKA"/></root>
</configuration>
""")


def log4j2(v, i):
    d = Doc("xml/log4j2-%02d.xml" % i)
    smtp = d.L("password", xesc(v.password("tricky")))
    key = d.L("generic-secret", v.hexs(32))
    return d.set(f"""<?xml version="1.0" encoding="UTF-8"?>
<Configuration status="WARN" monitorInterval="60">
  <Properties>
    <Property name="smtpUser">alerts</Property>
    <Property name="smtpPassword">${{env:SMTP_PASSWORD:-}}</Property>
  </Properties>
  <Appenders>
    <Console name="Console" target="SYSTEM_OUT">
      <PatternLayout pattern="%d %p %c{{1.}} [%t] %m%n"/>
    </Console>
    <SMTP name="Mail" subject="[{app(v)}] error" to="ops@example.org" from="noreply@example.org"
          smtpHost="smtp.example.org" smtpPort="465" smtpProtocol="smtps"
          smtpUsername="alerts" smtpPassword="{smtp}" bufferSize="50"/>
    <Http name="Ingest" url="https://logs.example.com/v1/ingest">
      <Property name="X-Api-Key" value="{key}"/>
      <Property name="Content-Type" value="application/json"/>
      <JsonLayout compact="true" eventEol="true"/>
    </Http>
  </Appenders>
  <Loggers>
    <Root level="info"><AppenderRef ref="Console"/><AppenderRef ref="Mail" level="error"/></Root>
  </Loggers>
</Configuration>
""")


def build(v):
    out = []
    for i in range(1, 3):
        out.append(tomcat_context(v, i))
    for i in range(1, 3):
        out.append(tomcat_server(v, i))
        out.append(tomcat_users(v, i))
        out.append(jenkins_credentials(v, i))
        out.append(logback(v, i))
        out.append(log4j2(v, i))
    for i in range(1, 3):
        out.append(maven_settings(v, i))
        out.append(hibernate_cfg(v, i))
    return out
