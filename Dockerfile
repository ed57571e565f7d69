# Builds the ledger from this repository and runs it on a JRE as an unprivileged user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY ledger-verify/ ledger-verify/
COPY ledger-core/ ledger-core/
COPY ledger-projections/ ledger-projections/
COPY ledger-log/ ledger-log/
COPY ledger-api/ ledger-api/
COPY bench/ bench/
RUN ./mvnw -B -q -DskipTests -pl ledger-api,ledger-verify -am package

FROM eclipse-temurin:17-jre
RUN groupadd --system ledger && useradd --system --gid ledger --home-dir /app ledger \
    && mkdir -p /app/data && chown ledger:ledger /app/data
WORKDIR /app
COPY --from=build /src/ledger-api/target/ledger.jar /app/ledger.jar
USER ledger
# Inside the container the ledger listens on every interface; publish the port on the host's loopback
# or behind a TLS-terminating proxy (see docker-compose.yml).
ENV LEDGER_BIND_ADDRESS=0.0.0.0
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/ledger.jar"]
