import { AccesRefuse } from "@/components/auth/acces-refuse";

export default function Interdit() {
  return <AccesRefuse />;
}
