# The app for docker-compose.yml: Node 20, talking to the Neo4j service given by NEO4J_URI
# (so no Java or Maven in the image).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build
USER node
EXPOSE 4000
CMD ["node_modules/.bin/tsx", "server/src/main.ts"]
