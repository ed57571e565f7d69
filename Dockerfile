# Builds the ledger from this repository and runs it on a JRE as an unprivileged user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY ledger-verify/ ledger-verify/
COPY ledger-core/ ledger-core/
COPY ledger-projections/ ledger-projections/
COPY ledger-api/ ledger-api/
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN groupadd --system ledger && useradd --system --gid ledger --home-dir /app ledger \
    && mkdir -p /app/data && chown ledger:ledger /app/data
WORKDIR /app
COPY --from=build /src/ledger-api/target/ledger.jar /app/ledger.jar
USER ledger
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/ledger.jar"]
