import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The build goes straight into the jar's static resources, so one jar serves API and UI.
// In development, `npm run dev` proxies the API to a portal started with ./mvnw spring-boot:run.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: '../target/classes/static',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
      '/actuator': 'http://localhost:8080',
    },
  },
})
