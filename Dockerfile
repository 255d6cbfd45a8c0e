# briefbot: a slim image that runs the scheduler as a non-root user, with its data on a volume.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN useradd --create-home --uid 10001 --shell /usr/sbin/nologin briefbot \
    && mkdir -p /data && chown briefbot:briefbot /data

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY templates ./templates
RUN pip install .
COPY config ./config
COPY seeds ./seeds

USER briefbot
VOLUME ["/data"]
# The embedded default, with its database on the volume. Mount your own config at /app/config/briefbot.yaml
# (or point BRIEFBOT_CONFIG elsewhere) and pass secrets as BRIEFBOT_* environment variables.
ENV BRIEFBOT_DATABASE__URL=sqlite:////data/briefbot.db
CMD ["briefbot", "run"]
