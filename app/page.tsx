export default function HomePage() {
  return <main className="p-6"><h1 className="text-2xl font-bold">Fact-Check Quiz</h1></main>;
}
