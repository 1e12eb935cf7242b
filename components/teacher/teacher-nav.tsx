import Link from "next/link";

// The teacher's section links, under the site header (which holds the account and sign-out).
export function TeacherNav() {
  const links = [
    ["/teacher", "Dashboard"],
    ["/teacher/articles/new", "New article"],
    ["/teacher/classes", "Classes"],
  ];
  return (
    <nav aria-label="Teacher" className="border-b border-slate-200 dark:border-slate-800">
      <ul className="mx-auto flex max-w-5xl flex-wrap gap-4 px-4 py-2 text-sm sm:px-6">
        {links.map(([href, label]) => (
          <li key={href}>
            <Link href={href} className="font-medium underline-offset-4 hover:underline">
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
