// Compiles the answer lane (lib/attempts/answer-lane.ts) into the build folder, next to Next's
// own build: <NEXT_DIST_DIR or .next>/lanes/answer.mjs, which scripts/serve.mjs loads. npm
// packages stay external (the worker loads them from node_modules, as Next's server does);
// the app's own code is bundled, "server-only" as an empty module (it only guards client bundles).
//   node scripts/build-lane.mjs
import { build } from "esbuild";
import path from "node:path";

export async function buildLane(distDir = process.env.NEXT_DIST_DIR || ".next") {
  const outfile = path.join(distDir, "lanes", "answer.mjs");
  await build({
    entryPoints: ["lib/attempts/answer-lane.ts"],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    tsconfig: "tsconfig.json",
    logLevel: "warning",
    plugins: [{
      name: "server-only",
      setup(b) {
        b.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
        b.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "", loader: "js" }));
      },
    }],
  });
  return outfile;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`Answer lane built: ${await buildLane()}`);
