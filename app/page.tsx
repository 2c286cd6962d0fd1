export default function HomePage() {
  return (
    <main className="p-6">
      <h1 className="text-2xl font-semibold">News Timeline</h1>
    </main>
  );
}
