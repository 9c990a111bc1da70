"""Who made a request, and on whose device: user names, devices.csv and networks.csv.

All lookups run once per distinct value (a few thousand addresses or names per log), never per
line, and are cached.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote

from socialpolicy.engines.orgdir import Network, OrgDirectory

NO_USER = frozenset({"", "-", "null", "none"})
UNKNOWN_OWNERSHIP = "unknown"


@dataclass(frozen=True)
class Client:
    """A valid client address and the most specific listed network it is in (None: not listed)."""

    address: str
    network: Network | None

    @property
    def ownership(self) -> str:
        return self.network.ownership if self.network else UNKNOWN_OWNERSHIP

    @property
    def academy_code(self) -> str | None:
        return self.network.academy_code if self.network else None


class Attributor:
    def __init__(self, org: OrgDirectory):
        self._emails = {member.email.lower(): member.email.lower() for member in org.staff}
        local_parts: dict[str, set[str]] = {}
        for email in self._emails:
            local_parts.setdefault(email.split("@", 1)[0], set()).add(email)
        # A local part shared by two staff (same name, two domains) names nobody for certain.
        self._by_local_part = {
            part: next(iter(found)) for part, found in local_parts.items() if len(found) == 1
        }
        self._device_owner = {device.ip: device.owner_email.lower() for device in org.devices}
        # Most specific first, so the first network that contains an address is the longest prefix.
        self._networks = sorted(org.networks, key=lambda n: n.cidr.prefixlen, reverse=True)
        self.academy_of = {member.email.lower(): member.academy_code for member in org.staff}
        self.client = lru_cache(maxsize=None)(self._client)
        self.user = lru_cache(maxsize=None)(self._user)

    def _client(self, text: str | None) -> Client | None:
        """The client, or None when the text is not an IP address (the line is then unparsed)."""
        if not text:
            return None
        try:
            address = ipaddress.ip_address(text.strip().split("%", 1)[0])
        except ValueError:
            return None
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        network = next((n for n in self._networks if address in n.cidr), None)
        return Client(str(address), network)

    def _user(self, text: str | None) -> str | None:
        """The staff e-mail a log user name names, matched case-insensitively, or None."""
        if text is None:
            return None
        name = unquote(text).strip().lower()
        if name in NO_USER:
            return None
        if "\\" in name:  # Windows DOMAIN\user from NTLM or Kerberos authentication
            name = name.rsplit("\\", 1)[1]
        return self._emails.get(name) or self._by_local_part.get(name)

    def device_owner(self, address: str) -> str | None:
        return self._device_owner.get(ipaddress.ip_address(address))

    def person(self, user: str | None, client: Client) -> str:
        """Log user name first, then devices.csv, else the address itself as ``ip:ADDRESS``."""
        return self.user(user) or self.device_owner(client.address) or f"ip:{client.address}"

    def schedule_academy(self, person: str, client_academy: str | None) -> str | None:
        """The academy whose timetable applies: the person's own, or for ``ip:`` the network's."""
        if person in self.academy_of:
            return self.academy_of[person]
        return client_academy
