export default function Page() {
  return <main>Bare Next.js page</main>;
}
