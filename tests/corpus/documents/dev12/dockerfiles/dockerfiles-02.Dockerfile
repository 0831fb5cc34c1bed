FROM eclipse-temurin:21-jre
ARG KEYSTORE_PASSWORD=quartz.falcon.ember.lantern99
COPY app.jar /app/app.jar
RUN keytool -genkeypair -alias app -keystore /app/ks.p12 -storetype PKCS12 -storepass "$KEYSTORE_PASSWORD" -dname CN=app
ENV SPRING_DATASOURCE_PASSWORD="walnut,juniper,battery"
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
ENV TRUSTSTORE_PASSWORD=gXuidsaM-cy=s%AI
ENV MAIL_PASSWORD="tundra_walnut_nectar_nectar69"
